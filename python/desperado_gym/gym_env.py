"""DesperadoEnv: the environment as a gymnasium.Env (imported only when gymnasium is installed).
Registered as "Desperado-v0": gymnasium.make("Desperado-v0", level="church", frame_skip=4)."""
import gymnasium

from .client import DesperadoClient
from .spaces import dtypes_of, to_space


class DesperadoEnv(gymnasium.Env):
    """Observations are dicts of numpy arrays inside observation_space (sent as float32 blocks);
    actions are anything in action_space (a dict) or the flat [moveX, moveY, aim, buttons, slot, aimDist].
    reset(seed=s) seeds the env's board generator (later resets draw new boards from it);
    reset(options={"level": id}) switches level. No rendering here."""

    metadata = {"render_modes": []}

    def __init__(self, level="bar", *, max_ticks=None, frame_skip=None, reward=None, flags=(), root=None):
        self._client = DesperadoClient(level, max_ticks=max_ticks, frame_skip=frame_skip, reward=reward, obs="binary", flags=flags, root=root)
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

    def close(self):
        """Stops the bridge; calling it again does nothing."""
        self._client.close()
