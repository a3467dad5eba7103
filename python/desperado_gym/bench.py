"""Steps per second through the bridge, as a Python user drives it (npm run bench runs this):
python3 -m desperado_gym.bench --num-envs 64 --obs binary --messages 150 --repeats 3
prints one JSON line: {"numEnvs", "obs", "stepsPerSecond": [one figure per repeat]}.
num-envs 1 uses the plain one-env protocol (no --num-envs), as old clients do."""
import argparse
import json
import time

from .client import DesperadoClient
from .vector import DesperadoVectorClient


def action(i):
    """A fixed stream of varied actions (the same one the in-process figure uses)."""
    return [(i * 37) % 255 - 127, (i * 53) % 255 - 127, (i * 97) % 4096, i % 2, 0]


def run(level, num_envs, obs, messages, repeats):
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

            for _ in range(messages):  # warm-up: the bridge's JIT settles
                one()
            for _ in range(repeats):
                start = time.perf_counter()
                for _ in range(messages):
                    one()
                rates.append(messages / (time.perf_counter() - start))
        return rates
    with DesperadoVectorClient(level, num_envs, obs=obs) as env:
        env.reset(seed=1)
        step = 0
        for _ in range(messages):  # warm-up: the bridge's JIT settles
            env.step([action(step + k) for k in range(num_envs)])
            step += 1
        for _ in range(repeats):
            start = time.perf_counter()
            for _ in range(messages):
                env.step([action(step + k) for k in range(num_envs)])
                step += 1
            rates.append(messages * num_envs / (time.perf_counter() - start))
    return rates


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--level", default="bar")
    p.add_argument("--num-envs", type=int, default=1)
    p.add_argument("--obs", choices=["json", "binary"], default="json")
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()
    rates = run(a.level, a.num_envs, a.obs, a.messages, a.repeats)
    print(json.dumps({"numEnvs": a.num_envs, "obs": a.obs, "stepsPerSecond": [round(r) for r in rates]}))


if __name__ == "__main__":
    main()
