"""DesperadoEnv: the environment as a gymnasium.Env (imported only when gymnasium is installed).
Registered as "Desperado-v0": gymnasium.make("Desperado-v0", level="church", frame_skip=4)."""
import gymnasium

from .client import DesperadoClient
from .spaces import dtypes_of, to_space


class DesperadoEnv(gymnasium.Env):
    """Observations are dicts of numpy arrays inside observation_space (sent as raw float32 frames);
    actions are anything in action_space (a dict) or the flat [moveX, moveY, aim, buttons, slot, aimDist].
    reset(seed=s) seeds the env's board generator (later resets draw new boards from it);
    reset(options={"level": id}) switches level. render_mode="rgb_array": render() returns the world
    drawn from the game's art as an H x W x 3 uint8 array (render_view "camera", a window on El, or
    "map", the whole level)."""

    metadata = {"render_modes": ["rgb_array"], "render_fps": 60}

    def __init__(self, level="bar", *, max_ticks=None, frame_skip=None, reward=None, flags=(), root=None, render_mode=None, render_view="camera"):
        if render_mode not in (None, "rgb_array"):
            raise ValueError(f"render_mode: expected None or 'rgb_array', got {render_mode!r}")
        if render_view not in ("camera", "map"):
            raise ValueError(f"render_view: expected 'camera' or 'map', got {render_view!r}")
        self.render_mode = render_mode
        self._render_view = render_view
        self._client = DesperadoClient(level, max_ticks=max_ticks, frame_skip=frame_skip, reward=reward, obs="frame", flags=flags, root=root)
        self._adopt_spaces()

    def _adopt_spaces(self):
        s = self._client.spaces
        self.action_space = to_space(s["actionSpace"])
        self.observation_space = to_space(s["observationSpace"])
        self._dtypes = dtypes_of(s["observationSpace"])

    def _typed(self, obs):
        return {key: value.astype(self._dtypes[key]) for key, value in obs.items()}

    def reset(self, *, seed=None, options=None):
        super().reset(seed=seed)
        obs, info = self._client.reset(seed=seed, options=options)
        if options and "level" in options:
            self._adopt_spaces()
        return self._typed(obs), info

    def step(self, action):
        obs, reward, terminated, truncated, info = self._client.step(action)
        return self._typed(obs), float(reward), terminated, truncated, info

    def render(self):
        """The current frame as an (H, W, 3) uint8 array with render_mode="rgb_array"; else None."""
        if self.render_mode != "rgb_array":
            return None
        import numpy as np

        width, height, rgb = self._client.render(self._render_view)
        return np.frombuffer(rgb, dtype=np.uint8).reshape(height, width, 3)

    def close(self):
        """Stops the bridge; calling it again does nothing."""
        self._client.close()
