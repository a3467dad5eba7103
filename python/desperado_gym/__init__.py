"""Desperado's headless environment from Python.

Standard library only at import: DesperadoClient (one env) and DesperadoVectorClient (N envs) speak
the bridge's JSON lines. When gymnasium is installed, DesperadoEnv is a gymnasium.Env and
"Desperado-v0" is registered (gymnasium.make("Desperado-v0", level="bar")).
"""
from .bridge import DesperadoError
from .client import DesperadoClient
from .vector import DesperadoVectorClient

ENV_ID = "Desperado-v0"
__all__ = ["DesperadoClient", "DesperadoVectorClient", "DesperadoError", "ENV_ID", "register_envs"]


def register_envs():
    """Registers Desperado-v0 with gymnasium (once); False when gymnasium is not installed."""
    try:
        import gymnasium
    except ImportError:
        return False
    registry = getattr(getattr(gymnasium, "envs", None), "registry", {})
    if ENV_ID not in registry:
        gymnasium.register(id=ENV_ID, entry_point="desperado_gym.gym_env:DesperadoEnv", kwargs={"level": "bar"})
    return True


if register_envs():
    from .gym_env import DesperadoEnv  # noqa: E402

    __all__.append("DesperadoEnv")
