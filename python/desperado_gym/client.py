"""The plain client: one env over the bridge, standard library only (binary mode needs numpy)."""
import base64

from .binary import decode_block, frame_observations, split
from .bridge import BridgeClient, flag_args, open_bridge


class DesperadoClient(BridgeClient):
    """reset(seed=None, options=None) -> (observation, info); step(action) -> (observation,
    reward, terminated, truncated, info). Observations are dicts of lists (obs="json") or of numpy
    arrays (obs="binary", sent as base64 float32 blocks; obs="frame", sent as raw bytes after the reply line). The README's "Environment for agents" tells the rest."""

    def __init__(self, level="bar", *, max_ticks=None, frame_skip=None, reward=None, obs="json", flags=(), root=None):
        self.obs = obs
        self._bridge, self.spaces = open_bridge(flag_args(level, max_ticks, frame_skip, reward, obs=obs, flags=flags), obs, root)
        self.layout = self.spaces["observationLayout"]

    def call(self, **msg):
        """Any bridge command, as keyword fields: call(cmd="hash") -> {"hash": ...}."""
        return self._bridge.call(msg)

    def _observation(self, r):
        if "frame" in r:
            return split(frame_observations(r["frame"], 1, self.layout["length"])[0], self.layout)
        value = r["observation"]
        if isinstance(value, str):
            return split(decode_block(value, 1, self.layout["length"])[0], self.layout)
        return value

    def reset(self, seed=None, options=None):
        msg = {"cmd": "reset"}
        if seed is not None:
            msg["seed"] = int(seed)
        if options is not None:
            msg["options"] = options
        r = self.call(**msg)
        if options and "level" in options:
            self.spaces = self.call(cmd="spaces")  # the bounds follow the level; the shapes do not change
        return self._observation(r), r["info"]

    def step(self, action):
        r = self.call(cmd="step", action=action)
        return self._observation(r), r["reward"], r["terminated"], r["truncated"], r["info"]

    def snapshot(self):
        return self.call(cmd="snapshot")["snapshot"]

    def restore(self, snapshot):
        r = self.call(cmd="restore", snapshot=snapshot)
        return self._observation(r), r["info"]

    def state_hash(self):
        return self.call(cmd="hash")["hash"]

    def render(self, view="camera"):
        """The world drawn from the game's own art, headless: (width, height, rgb bytes), rgb being
        height x width x 3 bytes row by row. view="camera" (a 480x270 window on El) or "map"."""
        r = self.call(cmd="render", view=view)
        return r["width"], r["height"], base64.b64decode(r["rgb"])
