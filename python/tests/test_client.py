"""The plain client against the real bridge: seeding, options, errors, close."""
import unittest

from desperado_gym import DesperadoClient, DesperadoError

NONE = [0, 0, 0, 0, 0]


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.env = DesperadoClient("bar", max_ticks=600, frame_skip=2)

    @classmethod
    def tearDownClass(cls):
        cls.env.close()

    def test_reset_and_step_as_the_readme_shows(self):
        obs, info = self.env.reset(seed=7)
        self.assertEqual((info["seed"], info["seedSource"], info["generatorSeed"], info["tick"]), (7, "reset", 7, 0))
        self.assertEqual(len(obs["player"]), 20)
        self.assertEqual(len(obs["grid"]), 15)
        obs, reward, terminated, truncated, info = self.env.step({"moveX": 127, "moveY": 0, "aim": 1024, "buttons": 1, "slot": 0})
        self.assertEqual(info["tick"], 2)
        self.assertIsInstance(reward, float)
        self.assertEqual((terminated, truncated), (False, False))

    def test_render_draws_the_world_without_numpy(self):
        self.env.reset(seed=7)
        width, height, rgb = self.env.render()
        self.assertEqual((width, height, len(rgb)), (480, 270, 480 * 270 * 3))
        self.assertGreater(len(set(rgb[i:i + 3] for i in range(0, len(rgb), 3 * 97))), 20)
        width, height, rgb = self.env.render(view="map")
        self.assertEqual((width, height, len(rgb)), (640, 480, 640 * 480 * 3))
        with self.assertRaises(DesperadoError) as bad:
            self.env.render(view="sky")
        self.assertIn('render: view: expected "camera" or "map"', str(bad.exception))

    def test_reset_without_seed_draws_the_next_board_from_the_seeded_generator(self):
        self.env.reset(seed=42)
        boards = [self.env.reset()[1]["seed"] for _ in range(3)]
        # The same numbers the TypeScript generator gives (test/headless/env-seeding.test.ts).
        self.assertEqual(boards, [939911724, 3948730756, 321366731])
        self.assertEqual(self.env.reset()[1]["seedSource"], "generator")

    def test_options_switch_level_and_bad_options_are_one_line(self):
        _, info = self.env.reset(seed=1, options={"level": "church"})
        self.assertEqual(info["level"], "church")
        self.assertEqual(self.env.reset(seed=1, options={})[1]["level"], "church")
        _, info = self.env.reset(seed=1, options={"level": "bar"})
        self.assertEqual(info["level"], "bar")
        with self.assertRaisesRegex(DesperadoError, r'^reset: options: unknown option "speed" \(known: level\)$'):
            self.env.reset(options={"speed": 3})
        with self.assertRaisesRegex(DesperadoError, r"^reset: options.level: expected one of bar, church"):
            self.env.reset(options={"level": "mars"})

    def test_mistakes_are_errors_and_the_bridge_keeps_serving(self):
        self.env.reset(seed=3)
        with self.assertRaisesRegex(DesperadoError, r"^action\[2\] \(aim\): expected an integer from 0 to 4095, got 9999$"):
            self.env.step([0, 0, 9999, 0, 0])
        for cmd in ("toString", "__proto__", "constructor"):
            with self.assertRaisesRegex(DesperadoError, r"^cmd: expected one of reset, step"):
                self.env.call(cmd=cmd)
        self.assertRegex(self.env.state_hash(), r"^[0-9a-f]{16}$")

    def test_snapshot_and_restore(self):
        self.env.reset(seed=5)
        snap = self.env.snapshot()
        a = self.env.step([50, 50, 100, 1, 0])
        self.env.restore(snap)
        self.assertEqual(self.env.step([50, 50, 100, 1, 0]), a)


class LifecycleTest(unittest.TestCase):
    def test_never_seeded_the_os_seeds_the_generator_and_info_says_so(self):
        with DesperadoClient("bar", max_ticks=60) as env:
            _, info = env.reset()
            self.assertEqual(info["seedSource"], "os")
            self.assertEqual(info["seed"], info["generatorSeed"])
            later = env.reset()[1]["seed"]
            env.reset(seed=info["generatorSeed"])
            self.assertEqual(env.reset()[1]["seed"], later)

    def test_close_twice_and_after_the_bridge_died_is_harmless(self):
        env = DesperadoClient("bar", max_ticks=60)
        env.close()
        env.close()
        self.assertTrue(env.closed)
        with self.assertRaisesRegex(DesperadoError, "closed"):
            env.reset()
        dead = DesperadoClient("bar", max_ticks=60)
        dead._bridge._proc.kill()
        dead._bridge._proc.wait()
        dead.close()
        dead.close()
        self.assertTrue(dead.closed)

    def test_a_bad_level_or_flag_is_one_line_at_start(self):
        with self.assertRaisesRegex(DesperadoError, r"^env: levels/index.json: levels: expected a level id"):
            DesperadoClient("mars")
        with self.assertRaisesRegex(DesperadoError, r"^env: --frame-skip must be at least 1, got 0$"):
            DesperadoClient("bar", frame_skip=0)


if __name__ == "__main__":
    unittest.main()
