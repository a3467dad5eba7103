"""Observations sent as base64 blocks of float32 little-endian (the bridge's `obs: binary`) or as
raw frames after a header line (`obs: frame`), cut back into arrays with the layout from the
`spaces` reply. Needs numpy (imported only here)."""
import base64


def _numpy():
    try:
        import numpy
    except ImportError:
        raise ImportError("obs='binary' needs numpy (pip install numpy), or use obs='json'") from None
    return numpy


def decode_block(text, n, length):
    """An (n, length) float32 array from one block."""
    np = _numpy()
    return np.frombuffer(base64.b64decode(text), dtype="<f4").reshape(n, length)


def frame_observations(frame, n, length, offset=0):
    """An (n, length) float32 array read from a frame's bytes at `offset` (a view, no copy)."""
    np = _numpy()
    return np.frombuffer(frame, dtype="<f4", count=n * length, offset=offset).reshape(n, length)


def frame_step(frame, n, length):
    """A vector step's frame (src/headless/env/frame-reply.ts): (observations (n, length) float32,
    rewards (n,) float64, terminated (n,) bool, truncated (n,) bool), all views of `frame`."""
    np = _numpy()
    rewards = np.frombuffer(frame, dtype="<f8", count=n, offset=0)
    observations = frame_observations(frame, n, length, 8 * n)
    flags = 8 * n + 4 * n * length
    terminated = np.frombuffer(frame, dtype=np.bool_, count=n, offset=flags)
    truncated = np.frombuffer(frame, dtype=np.bool_, count=n, offset=flags + n)
    return observations, rewards, terminated, truncated


def split(block, layout, leading=()):
    """A dict of arrays, one per observation key, shaped `leading + shape` (views of `block`)."""
    out = {}
    for e in layout["entries"]:
        size = 1
        for d in e["shape"]:
            size *= d
        out[e["key"]] = block[..., e["offset"]:e["offset"] + size].reshape((*leading, *e["shape"]))
    return out
