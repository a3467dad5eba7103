"""DesperadoEnv as a gymnasium.Env, with a fake gymnasium injected (the real one is not installed
here), against the real bridge."""
import importlib
import importlib.util
import sys
import unittest

HAS_NUMPY = importlib.util.find_spec("numpy") is not None


def import_with(gym):
    """desperado_gym imported afresh with `gym` as gymnasium (None: as if not installed)."""
    for name in [n for n in sys.modules if n == "desperado_gym" or n.startswith("desperado_gym.")]:
        del sys.modules[name]
    saved = sys.modules.get("gymnasium")
    sys.modules["gymnasium"] = gym
    sys.modules["gymnasium.spaces"] = getattr(gym, "spaces", None)
    try:
        return importlib.import_module("desperado_gym")
    finally:
        if saved is None:
            del sys.modules["gymnasium"]
            del sys.modules["gymnasium.spaces"]
        else:
            sys.modules["gymnasium"] = saved


class WithoutGymnasiumTest(unittest.TestCase):
    def test_the_plain_client_imports_without_gymnasium(self):
        pkg = import_with(None)
        self.assertFalse(hasattr(pkg, "DesperadoEnv"))
        self.assertFalse(pkg.register_envs())
        self.assertTrue(hasattr(pkg, "DesperadoClient"))


@unittest.skipUnless(HAS_NUMPY, "the gymnasium class needs numpy")
class GymnasiumEnvTest(unittest.TestCase):
    def setUp(self):
        from tests import fake_gymnasium

        self.gym = fake_gymnasium.build()
        sys.modules["gymnasium"] = self.gym
        sys.modules["gymnasium.spaces"] = self.gym.spaces
        self.addCleanup(sys.modules.pop, "gymnasium", None)
        self.addCleanup(sys.modules.pop, "gymnasium.spaces", None)
        self.pkg = import_with(self.gym)
        sys.modules["gymnasium"] = self.gym
        sys.modules["gymnasium.spaces"] = self.gym.spaces

    def test_registered_as_Desperado_v0_with_the_level_as_keyword(self):
        spec = self.gym.envs.registry["Desperado-v0"]
        self.assertEqual(spec.entry_point, "desperado_gym.gym_env:DesperadoEnv")
        self.assertEqual(spec.kwargs, {"level": "bar"})
        self.assertTrue(issubclass(self.pkg.DesperadoEnv, self.gym.Env))
        module, name = spec.entry_point.split(":")
        self.assertIs(getattr(importlib.import_module(module), name), self.pkg.DesperadoEnv)

    def test_spaces_have_numpy_dtypes_and_observations_lie_inside(self):
        import numpy as np

        env = self.pkg.DesperadoEnv(level="bar", max_ticks=300, frame_skip=4)
        try:
            obs_space = env.observation_space
            self.assertEqual(obs_space.spaces["player"].dtype, np.float32)
            self.assertEqual(obs_space.spaces["actors"].shape, (16, 8))
            self.assertEqual(obs_space.spaces["actors"].low.shape, (16, 8))  # per-field bounds broadcast
            self.assertEqual(obs_space.spaces["grid"].dtype, np.int64)
            self.assertEqual(obs_space.spaces["actorCount"].n, 17)
            self.assertEqual(env.action_space.spaces["buttons"].n, 7)
            obs, info = env.reset(seed=11)
            self.assertEqual(info["seed"], 11)
            self.assertTrue(obs_space.contains(obs), {k: v for k, v in obs.items() if not obs_space.spaces[k].contains(v)})
            rng = np.random.default_rng(0)
            done = False
            while not done:
                obs, reward, terminated, truncated, info = env.step(env.action_space.sample(rng))
                self.assertTrue(obs_space.contains(obs))
                self.assertIsInstance(reward, float)
                done = terminated or truncated
            self.assertIn("hash", info)
            # A standard loop's reset() gets a new board from the seeded generator.
            self.assertNotEqual(env.reset()[1]["seed"], 11)
            _, info = env.reset(options={"level": "church"})
            self.assertEqual(info["level"], "church")
            self.assertEqual(env.observation_space.spaces["player"].high[0], env._client.spaces["observationSpace"]["spaces"]["player"]["high"][0])
        finally:
            env.close()
            env.close()

    def test_rgb_array_frames_show_the_world_and_follow_it(self):
        import numpy as np

        env = self.pkg.DesperadoEnv(level="bar", max_ticks=600, render_mode="rgb_array")
        try:
            self.assertIn("rgb_array", env.metadata["render_modes"])
            env.reset(seed=3)
            first = env.render()
            self.assertEqual(first.dtype, np.uint8)
            self.assertEqual(first.shape, (270, 480, 3))
            self.assertGreater(len(np.unique(first.reshape(-1, 3), axis=0)), 20)  # art, not a flat fill
            rng = np.random.default_rng(1)
            for _ in range(40):
                env.step(env.action_space.sample(rng))
            self.assertFalse(np.array_equal(first, env.render()))
        finally:
            env.close()
        whole = self.pkg.DesperadoEnv(level="bar", render_mode="rgb_array", render_view="map")
        try:
            whole.reset(seed=3)
            self.assertEqual(whole.render().shape[:2], (30 * 16, 40 * 16))
        finally:
            whole.close()
        quiet = self.pkg.DesperadoEnv(level="bar")
        try:
            quiet.reset(seed=3)
            self.assertIsNone(quiet.render())
        finally:
            quiet.close()
        with self.assertRaises(ValueError):
            self.pkg.DesperadoEnv(level="bar", render_mode="human")


if __name__ == "__main__":
    unittest.main()
