"""A tiny stand-in for gymnasium (not installed here): just enough of Env, spaces and register for
desperado_gym's subclass to run. Spaces check membership the way gymnasium's do."""
import types

import numpy as np


class Space:
    def contains(self, x):
        raise NotImplementedError


class Box(Space):
    def __init__(self, low, high, shape, dtype):
        self.low, self.high, self.shape, self.dtype = low, high, shape, np.dtype(dtype)

    def contains(self, x):
        return isinstance(x, np.ndarray) and x.shape == self.shape and x.dtype == self.dtype and bool(np.all(x >= self.low) and np.all(x <= self.high))

    def sample(self, rng):
        return rng.integers(self.low, self.high, endpoint=True).astype(self.dtype) if self.dtype.kind == "i" else rng.uniform(self.low, self.high).astype(self.dtype)


class Discrete(Space):
    def __init__(self, n):
        self.n = n

    def contains(self, x):
        return np.ndim(x) == 0 and np.asarray(x).dtype.kind == "i" and 0 <= int(x) < self.n

    def sample(self, rng):
        return np.int64(rng.integers(self.n))


class MultiBinary(Space):
    def __init__(self, n):
        self.n = n

    def sample(self, rng):
        return rng.integers(0, 2, size=self.n).astype(np.int8)


class Dict(Space):
    def __init__(self, spaces):
        self.spaces = dict(spaces)

    def contains(self, x):
        return isinstance(x, dict) and x.keys() == self.spaces.keys() and all(s.contains(x[k]) for k, s in self.spaces.items())

    def sample(self, rng):
        return {k: s.sample(rng) for k, s in self.spaces.items()}


class Env:
    def reset(self, *, seed=None, options=None):
        if seed is not None or not hasattr(self, "np_random"):
            self.np_random = np.random.default_rng(seed)


def build():
    registry = {}
    gym = types.ModuleType("gymnasium")
    gym.Env = Env
    gym.spaces = types.ModuleType("gymnasium.spaces")
    for cls in (Box, Discrete, MultiBinary, Dict):
        setattr(gym.spaces, cls.__name__, cls)
    gym.envs = types.SimpleNamespace(registry=registry)

    def register(id, entry_point, kwargs):
        registry[id] = types.SimpleNamespace(id=id, entry_point=entry_point, kwargs=kwargs)

    gym.register = register
    return gym
