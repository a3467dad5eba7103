"""Observations sent as base64 blocks of float32 little-endian (the bridge's `obs: binary`), cut
back into arrays with the layout from the `spaces` reply. Needs numpy (imported only here)."""
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


def split(block, layout, leading=()):
    """A dict of arrays, one per observation key, shaped `leading + shape` (views of `block`)."""
    out = {}
    for e in layout["entries"]:
        size = 1
        for d in e["shape"]:
            size *= d
        out[e["key"]] = block[..., e["offset"]:e["offset"] + size].reshape((*leading, *e["shape"]))
    return out
