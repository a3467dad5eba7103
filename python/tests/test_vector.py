"""The vector client against a real `--num-envs` bridge: seeds, next-step autoreset, binary blocks, frames."""
import importlib.util
import unittest

from desperado_gym import DesperadoClient, DesperadoError, DesperadoVectorClient

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


@unittest.skipUnless(HAS_NUMPY, "frames need numpy")
class VectorFrameTest(unittest.TestCase):
    def test_frames_match_binary_with_infos_only_for_news(self):
        import numpy as np

        with DesperadoVectorClient("bar", 3, max_ticks=4, obs="frame") as frame, DesperadoVectorClient("bar", 3, max_ticks=4, obs="binary") as binary:
            of, infos_f = frame.reset(seed=50)
            ob, infos_b = binary.reset(seed=50)
            self.assertEqual(infos_f, infos_b)
            for key in ob:
                np.testing.assert_array_equal(of[key], ob[key])
            news = 0
            for _ in range(6):
                of, rf, tf, trf, infos_f = frame.step([ACT] * 3)
                ob, rb, tb, trb, infos_b = binary.step([ACT] * 3)
                self.assertEqual((of["actors"].shape, rf.dtype, tf.dtype, trf.shape), ((3, 16, 8), np.float64, np.bool_, (3,)))
                for key in ob:
                    np.testing.assert_array_equal(of[key], ob[key])
                self.assertEqual((rf.tolist(), tf.tolist(), trf.tolist()), (rb, tb, trb))
                # Only the ending step's and the autoreset's infos are sent; the rest are empty dicts.
                for f, b in zip(infos_f, infos_b):
                    has_news = "hash" in b or "seedSource" in b
                    self.assertEqual(f, b if has_news else {})
                    news += has_news
            self.assertEqual(news, 6)
            self.assertEqual(frame.state_hashes(), binary.state_hashes())

    def test_one_env_frames_match_json(self):
        import numpy as np

        with DesperadoClient("bar", obs="frame") as frame, DesperadoClient("bar") as json_env:
            self.assertEqual(frame.reset(seed=8)[1], json_env.reset(seed=8)[1])
            for _ in range(3):
                of, rf, tf, trf, info_f = frame.step(ACT)
                oj, rj, tj, trj, info_j = json_env.step(ACT)
                self.assertEqual((rf, tf, trf, info_f), (rj, tj, trj, info_j))
                self.assertEqual(of["player"].tolist(), np.asarray(oj["player"], dtype=np.float32).tolist())
                self.assertEqual(of["grid"].shape, (15, 15))
            snap = frame.snapshot()
            frame.step(ACT)
            self.assertEqual(frame.restore(snap)[0]["tick"], of["tick"])

    def test_a_bad_action_raises_and_the_frame_bridge_keeps_serving(self):
        with DesperadoVectorClient("bar", 2, obs="frame") as env:
            env.reset(seed=1)
            with self.assertRaisesRegex(DesperadoError, r"actions\[1\]\[2\] \(aim\)"):
                env.step([ACT, [0, 0, 5000, 0, 0]])
            _, rewards, *_ = env.step([ACT, ACT])
            self.assertEqual(rewards.shape, (2,))


if __name__ == "__main__":
    unittest.main()
