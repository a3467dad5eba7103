"""Steps per second through the bridge, as a Python user drives it (npm run bench runs this):
python3 -m desperado_gym.bench --num-envs 64 --obs binary --messages 150 --repeats 3
prints one JSON line: {"numEnvs", "obs", "stepsPerSecond": [one figure per repeat],
"stepsPerCpuSecond": [...]} (steps per second of CPU spent by this process and the bridge together,
which a busy machine does not change; null where /proc is missing).
num-envs 1 uses the plain one-env protocol (no --num-envs), as old clients do."""
import argparse
import json
import os
import time


def _cpu(pid):
    """CPU seconds used so far by this process and the bridge (Linux /proc), or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return time.process_time() + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _timed(pid, body, steps):
    """(steps per wall second, steps per CPU second or None) of one run of body()."""
    cpu0, start = _cpu(pid), time.perf_counter()
    body()
    wall, cpu1 = time.perf_counter() - start, _cpu(pid)
    return steps / wall, (steps / (cpu1 - cpu0) if cpu0 is not None and cpu1 is not None and cpu1 > cpu0 else None)

from .client import DesperadoClient
from .vector import DesperadoVectorClient


def action(i):
    """A fixed stream of varied actions (the same one the in-process figure uses)."""
    return [(i * 37) % 255 - 127, (i * 53) % 255 - 127, (i * 97) % 4096, i % 2, 0]


# Env steps played before timing: the bridge's JIT keeps speeding up for about this long (V8
# tiers code up over the first seconds); npm run bench warms its in-process envs the same.
WARM_STEPS = 24000


def run(level, num_envs, obs, messages, repeats):
    """[(steps per second, steps per CPU second)] for each repeat."""
    rates = []
    if num_envs == 1:
        with DesperadoClient(level, obs=obs) as env:
            env.reset(seed=1)
            i = 0

            def one():
                nonlocal i
                _, _, terminated, truncated, _ = env.step(action(i))
                i += 1
                if terminated or truncated:
                    env.reset()

            for _ in range(WARM_STEPS):
                one()
            for _ in range(repeats):
                rates.append(_timed(env._bridge._proc.pid, lambda: [one() for _ in range(messages)], messages))
        return rates
    with DesperadoVectorClient(level, num_envs, obs=obs) as env:
        env.reset(seed=1)
        step = 0
        for _ in range(-(-WARM_STEPS // num_envs)):
            env.step([action(step + k) for k in range(num_envs)])
            step += 1

        def batch():
            nonlocal step
            for _ in range(messages):
                env.step([action(step + k) for k in range(num_envs)])
                step += 1

        for _ in range(repeats):
            rates.append(_timed(env._bridge._proc.pid, batch, messages * num_envs))
    return rates


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--level", default="bar")
    p.add_argument("--num-envs", type=int, default=1)
    p.add_argument("--obs", choices=["json", "binary", "frame"], default="json")
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()
    rates = run(a.level, a.num_envs, a.obs, a.messages, a.repeats)
    print(json.dumps({
        "numEnvs": a.num_envs, "obs": a.obs,
        "stepsPerSecond": [round(w) for w, _ in rates],
        "stepsPerCpuSecond": [None if c is None else round(c) for _, c in rates],
    }))


if __name__ == "__main__":
    main()
