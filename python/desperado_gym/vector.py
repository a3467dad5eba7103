"""The vector client: N envs in one bridge (`--num-envs N`), stepped by one message each step.
reset(seed=s) seeds env i with s + i; an env whose episode ended is reset at the next step,
ignoring its action there (Gymnasium 1.x's "next-step" autoreset), with reward 0."""
from .binary import decode_block, frame_observations, frame_step, split
from .bridge import BridgeClient, flag_args, open_bridge


class DesperadoVectorClient(BridgeClient):
    """Observations: obs="binary" (default, needs numpy) gives a dict of arrays shaped (N, ...),
    cut from one float32 block; obs="json" a list of N observation dicts. Rewards, terminated,
    truncated and infos are lists of N.

    obs="frame" (needs numpy; the fastest: raw bytes, no base64) gives the same dict of arrays, and
    step's rewards (float64), terminated and truncated (bool) as numpy arrays of N; its infos are a
    list of N dicts, empty except for envs whose episode ended at this step or that were reset at
    it (those carry the whole info, as in the other modes). Arrays are read-only views of the reply."""

    def __init__(self, level="bar", num_envs=8, *, max_ticks=None, frame_skip=None, reward=None, obs="binary", flags=(), root=None):
        self.obs = obs
        self.num_envs = int(num_envs)
        self._bridge, self.spaces = open_bridge(flag_args(level, max_ticks, frame_skip, reward, num_envs=self.num_envs, obs=obs, flags=flags), obs, root)
        self.layout = self.spaces["observationLayout"]

    def _observations(self, value):
        if isinstance(value, str):
            return split(decode_block(value, self.num_envs, self.layout["length"]), self.layout, (self.num_envs,))
        return value

    def reset(self, seed=None, options=None):
        msg = {"cmd": "reset"}
        if seed is not None:
            msg["seed"] = int(seed)
        if options is not None:
            msg["options"] = options
        r = self._bridge.call(msg)
        if "frame" in r:
            return split(frame_observations(r["frame"], self.num_envs, self.layout["length"]), self.layout, (self.num_envs,)), r["infos"]
        return self._observations(r["observations"]), r["infos"]

    def step(self, actions):
        """`actions`: N actions (flat lists, dicts, or an (N, 6) integer array)."""
        r = self._bridge.call({"cmd": "step", "actions": actions})
        if "frame" in r:
            obs, rewards, terminated, truncated = frame_step(r["frame"], self.num_envs, self.layout["length"])
            infos = [{} for _ in range(self.num_envs)]
            for i, info in r["infos"].items():
                infos[int(i)] = info
            return split(obs, self.layout, (self.num_envs,)), rewards, terminated, truncated, infos
        return self._observations(r["observations"]), r["rewards"], r["terminated"], r["truncated"], r["infos"]

    def state_hashes(self):
        return self._bridge.call({"cmd": "hash"})["hashes"]
