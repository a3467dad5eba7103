"""The vector client against a real `--num-envs` bridge: seeds, next-step autoreset, binary blocks."""
import importlib.util
import unittest

from desperado_gym import DesperadoClient, DesperadoVectorClient

HAS_NUMPY = importlib.util.find_spec("numpy") is not None
ACT = [60, -40, 512, 1, 0]


class VectorJsonTest(unittest.TestCase):
    def test_seeds_and_next_step_autoreset(self):
        with DesperadoVectorClient("bar", 3, max_ticks=4, obs="json") as env:
            obs, infos = env.reset(seed=10)
            self.assertEqual([i["seed"] for i in infos], [10, 11, 12])
            self.assertEqual(len(obs), 3)
            for _ in range(3):
                env.step([ACT] * 3)
            _, rewards, terminated, truncated, infos = env.step([ACT] * 3)
            self.assertEqual(truncated, [True, True, True])
            self.assertEqual([i["tick"] for i in infos], [4, 4, 4])
            # The next step starts new boards and ignores the actions given.
            _, rewards, terminated, truncated, infos = env.step([None] * 3)
            self.assertEqual(rewards, [0, 0, 0])
            self.assertEqual(truncated, [False, False, False])
            self.assertEqual([(i["tick"], i["seedSource"]) for i in infos], [(0, "generator")] * 3)
            env.close()
            env.close()


@unittest.skipUnless(HAS_NUMPY, "binary observations need numpy")
class VectorBinaryTest(unittest.TestCase):
    def test_binary_block_matches_json_and_lone_envs(self):
        import numpy as np

        with DesperadoVectorClient("bar", 4, obs="binary") as vec, DesperadoClient("bar") as lone:
            vec.reset(seed=20)
            obs, rewards, *_ = vec.step([ACT] * 4)
            self.assertEqual(obs["player"].shape, (4, 20))
            self.assertEqual(obs["actors"].shape, (4, 16, 8))
            self.assertEqual(obs["tick"].shape, (4,))
            for i in range(4):
                lone.reset(seed=20 + i)
                o, r, *_ = lone.step(ACT)
                self.assertEqual(rewards[i], r)
                np.testing.assert_array_equal(obs["player"][i], np.asarray(o["player"], dtype=np.float32))
                np.testing.assert_array_equal(obs["grid"][i], np.asarray(o["grid"], dtype=np.float32))
                self.assertEqual(obs["enemiesLeft"][i], o["enemiesLeft"])

    def test_numpy_actions_are_accepted(self):
        import numpy as np

        with DesperadoVectorClient("bar", 2) as env:
            env.reset(seed=1)
            _, rewards, *_ = env.step(np.array([ACT, ACT], dtype=np.int64))
            self.assertEqual(len(rewards), 2)


if __name__ == "__main__":
    unittest.main()
