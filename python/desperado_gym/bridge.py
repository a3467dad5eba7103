"""The bridge process (`npm run env`, run as `node --import tsx src/headless/cli/env-main.ts`) and
its JSON-lines protocol: one message per line in, one reply per line out."""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENTRY = "src/headless/cli/env-main.ts"


def _jsonable(value):
    """numpy arrays and scalars in a message (a sampled action) as lists and numbers; json.dumps
    asks only for what it cannot write itself, so plain lists cost nothing extra."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class DesperadoError(ValueError):
    """A one-line error from the bridge (a bad message, flag or level) or about the bridge itself."""


def find_root(root=None):
    """The game's repository: `root`, else $DESPERADO_ROOT, else the checkout this package sits in."""
    path = Path(root or os.environ.get("DESPERADO_ROOT") or Path(__file__).resolve().parents[2])
    if not (path / ENTRY).is_file():
        raise DesperadoError(f"root: expected the Desperado repository (with {ENTRY}), got {str(path)!r}; pass root= or set DESPERADO_ROOT")
    return path


def flag_args(level, max_ticks=None, frame_skip=None, reward=None, num_envs=None, obs=None, flags=()):
    """The bridge's command-line flags for these settings."""
    args = ["--level", str(level)]
    if max_ticks is not None:
        args += ["--max-ticks", str(max_ticks)]
    if frame_skip is not None:
        args += ["--frame-skip", str(frame_skip)]
    if reward:
        args += ["--reward", ",".join(f"{k}={v}" for k, v in reward.items())]
    if num_envs is not None:
        args += ["--num-envs", str(num_envs)]
    if obs is not None:
        args += ["--obs", obs]
    return args + [str(f) for f in flags]


# A reply of 64 binary observations is about 170 KB (127 KB as a frame): read it in one go, not 8 KB at a time.
REPLY_BUFFER = 1 << 20


def _widen_pipe(f):
    """Lets the bridge write a whole reply without waiting for us to drain a 64 KB pipe (each wait is
    a round of process switching, slow on a busy machine). Linux only; elsewhere the pipe stays."""
    try:
        import fcntl

        fcntl.fcntl(f.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), REPLY_BUFFER)
    except (ImportError, OSError):
        pass


class Bridge:
    """One bridge process. call() sends a message and returns the reply, raising DesperadoError
    for an {"error"} reply or a bridge that has gone. close() may be called any number of times."""

    def __init__(self, args, root=None):
        node = shutil.which("node")
        if node is None:
            raise DesperadoError("node: not found on PATH (Desperado's environment runs on Node.js 20 or later)")
        # stderr to a file, not a pipe: a pipe nobody reads could fill and stall the bridge.
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [node, "--import", "tsx", ENTRY, *args], cwd=str(find_root(root)),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, bufsize=REPLY_BUFFER,
        )
        _widen_pipe(self._proc.stdout)
        self.closed = False

    def stderr(self):
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace").strip()

    def call(self, msg):
        if self.closed:
            raise DesperadoError("the bridge is closed")
        try:
            self._proc.stdin.write(json.dumps(msg, separators=(",", ":"), default=_jsonable).encode() + b"\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        except (BrokenPipeError, OSError):
            line = b""
        if not line:
            self._proc.wait()
            why = self.stderr() or f"the bridge exited ({self._proc.returncode})"
            self._release()
            raise DesperadoError(why)
        reply = json.loads(line)
        if "error" in reply:
            raise DesperadoError(reply["error"])
        if "frame" in reply:
            # obs "frame": the header's byte count of raw bytes follows its newline.
            size = reply["frame"]
            reply["frame"] = self._proc.stdout.read(size)
            if len(reply["frame"]) != size:
                self._proc.wait()
                why = self.stderr() or f"the bridge exited ({self._proc.returncode}) in the middle of a frame"
                self._release()
                raise DesperadoError(why)
        return reply

    def close(self):
        if self.closed:
            return
        try:
            self.call({"cmd": "close"})
        except DesperadoError:
            pass  # it had already gone: nothing left to close
        if not self.closed:
            self._proc.wait()
            self._release()

    def _release(self):
        self.closed = True
        for f in (self._proc.stdin, self._proc.stdout, self._stderr):
            try:
                f.close()
            except OSError:
                pass

    def __del__(self):
        if not getattr(self, "closed", True) and self._proc.poll() is None:
            self._proc.kill()


OBS_MODES = ("json", "binary", "frame")


def open_bridge(args, obs, root=None):
    """A started bridge and its `spaces` reply (the bridge closed again if that fails);
    `obs` checked first: one of OBS_MODES."""
    if obs not in OBS_MODES:
        raise ValueError(f"obs: expected 'json', 'binary' or 'frame', got {obs!r}")
    bridge = Bridge(args, root)
    try:
        return bridge, bridge.call({"cmd": "spaces"})
    except Exception:
        bridge.close()
        raise


class BridgeClient:
    """What both clients share: a bridge of their own, closed once (a second close does nothing),
    and `with` closing it."""

    _bridge = None

    @property
    def closed(self):
        return self._bridge.closed

    def close(self):
        """Stops the bridge; calling it again does nothing."""
        self._bridge.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

