"""The bridge's JSON spaces (src/headless/env/spaces.ts) as gymnasium spaces with numpy dtypes:
box -> Box (int -> int64, float -> float32; per-field bounds broadcast over the other axes),
discrete -> Discrete, multibinary -> MultiBinary, dict -> Dict."""
DTYPES = {"int": "int64", "float": "float32"}


def to_space(spec):
    import numpy as np
    from gymnasium import spaces

    kind = spec["type"]
    if kind == "box":
        dtype = np.dtype(DTYPES[spec["dtype"]])
        shape = tuple(spec["shape"])
        low = np.broadcast_to(np.asarray(spec["low"], dtype=dtype), shape).copy()
        high = np.broadcast_to(np.asarray(spec["high"], dtype=dtype), shape).copy()
        return spaces.Box(low=low, high=high, shape=shape, dtype=dtype)
    if kind == "discrete":
        return spaces.Discrete(spec["n"])
    if kind == "multibinary":
        return spaces.MultiBinary(spec["n"])
    if kind == "dict":
        return spaces.Dict({key: to_space(sub) for key, sub in spec["spaces"].items()})
    raise ValueError(f"space: unknown type {kind!r}")


def dtypes_of(observation_spec):
    """The numpy dtype of each observation key (Discrete counts are int64)."""
    out = {}
    for key, sub in observation_spec["spaces"].items():
        out[key] = DTYPES[sub["dtype"]] if sub["type"] == "box" else "int64"
    return out
