#!/usr/bin/python3
"""PyTorch side of the "Optimizer step" benchmark (see README.md): one torch.optim step on 10,000,000 float64
parameters, beside a plain tensor copy of the same size, on 1 thread, on torch's default number of threads and on
one thread per core (os.cpu_count(); the Debian build's OpenMP default can be lower than that).

Run: /usr/bin/python3 tests/LrNotebooks.Benchmarks/pytorch_optimizer_step.py [--threads 1] [--first-touch-only]
Prints the median and minimum of REPEATS timed calls (after WARMUP untimed ones) per case, in milliseconds.

Then the cost of first touch: PyTorch 1.13's single-tensor Adam makes two fresh 80 MB temporaries per step
(exp_avg_sq.sqrt() and its division by the bias correction). An 80 MB block comes from mmap and goes back with
munmap when freed, so every step page-faults 2 x 80 MB of fresh zeroed pages. The script times the same sqrt
into a fresh tensor and into an existing one, with the minor page faults per call (getrusage).
"""

import argparse
import os
import resource
import statistics
import time

import torch

N = 10_000_000
WARMUP, REPEATS = 3, 15


def timed(fn):
    for _ in range(WARMUP):
        fn()
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples), min(samples)


def cases():
    g = torch.Generator().manual_seed(1)
    source = torch.rand(N, dtype=torch.float64, generator=g)
    destination = torch.empty_like(source)
    yield "copy 10M (Tensor.copy_)", lambda: destination.copy_(source)

    for name, make in [
        ("SGD momentum step", lambda p: torch.optim.SGD([p], lr=1e-3, momentum=0.9)),
        ("Adam step", lambda p: torch.optim.Adam([p], lr=1e-3)),
        ("AdamW step", lambda p: torch.optim.AdamW([p], lr=1e-3)),
    ]:
        p = torch.nn.Parameter(torch.rand(N, dtype=torch.float64, generator=g) * 2 - 1)
        p.grad = (torch.rand(N, dtype=torch.float64, generator=g) * 2 - 1) * 1e-3
        optimizer = make(p)
        optimizer.step()  # creates the state
        yield f"{name} 10M", optimizer.step


def first_touch():
    """sqrt of a 10M-double vector into a fresh tensor (as Adam's temporaries) and into an existing one, one thread."""
    torch.set_num_threads(1)
    v = torch.rand(N, dtype=torch.float64, generator=torch.Generator().manual_seed(2))
    existing = torch.empty_like(v)
    for name, fn in [("sqrt into a fresh 80 MB tensor", lambda: v.sqrt()),
                     ("sqrt into an existing tensor", lambda: torch.sqrt(v, out=existing)),
                     ("fill a fresh 80 MB tensor", lambda: torch.empty(N, dtype=torch.float64).fill_(1.0)),
                     ("fill an existing tensor", lambda: existing.fill_(1.0))]:
        faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        median, best = timed(fn)
        per_call = (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults) / (WARMUP + REPEATS)
        print(f"threads=1  {name:32s} median {median:8.2f} ms   min {best:8.2f} ms   minor page faults per call {per_call:8.0f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, help="only this thread count (default: 1, torch's default and one per core)")
    parser.add_argument("--first-touch-only", action="store_true", help="only the fresh-versus-existing tensor comparison")
    args = parser.parse_args()
    if args.first_touch_only:
        first_touch()
        return
    default_threads = torch.get_num_threads()
    print(f"torch {torch.__version__}, float64, N = {N:,}, default threads = {default_threads}, cores = {os.cpu_count()}")
    for threads in [args.threads] if args.threads else sorted({1, default_threads, os.cpu_count()}):
        torch.set_num_threads(threads)
        with torch.no_grad():
            for name, fn in cases():
                median, best = timed(fn)
                print(f"threads={threads}  {name:28s} median {median:8.2f} ms   min {best:8.2f} ms")
    first_touch()


if __name__ == "__main__":
    main()
