"""PyTorch 1.13 side of the trainer benchmark (see README.md, section "Trainer").

Same work as TrainerEpochBenchmark: an MLP 64-64-10 in float64 (nn.Linear, nn.ReLU, nn.CrossEntropyLoss),
SGD(lr=0.01, momentum=0.9), mini-batches of 32 over the 1,438-image training split of the digits, one thread
(torch.set_num_threads(1), OPENBLAS_NUM_THREADS=1). Batches are taken by tensor indexing from a torch.randperm
order, which is faster than a DataLoader. "training pass" = shuffle + forward + backward + step for every batch;
"train one epoch" adds the loss and accuracy on all 1,797 images (under torch.no_grad()).

PyTorch's matrix products go to whatever libblas.so.3 the dynamic linker resolves (Debian's python3-torch is built
with BLAS_INFO=generic): OpenBLAS once libopenblas0-pthread is installed, netlib's reference BLAS otherwise or with
LD_PRELOAD=/usr/lib/x86_64-linux-gnu/blas/libblas.so.3. The script prints which one it loaded.

Two modes, both run from the repository root:

  /usr/bin/python3 tests/LrNotebooks.Benchmarks/pytorch_epoch.py [--epochs 50]
      standalone: its own stratified split and torch's initial weights; median and mean of the timed epochs.

  /usr/bin/python3 tests/LrNotebooks.Benchmarks/pytorch_epoch.py --serve DIR
      driven by `dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --side-by-side`: DIR holds the
      C# trainer's split, initial weights and batch order (raw little-endian arrays, see SideBySideEpoch.cs). The
      script first trains one epoch from them and prints every batch loss and the epoch metrics as hex floats, so
      the C# side can check that both do the same arithmetic; then it answers "pass" and "epoch" with the
      wall-clock and thread CPU seconds one call took, until "quit".
"""
import argparse
import csv
import gzip
import os
import random
import statistics
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import torch  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=50, help="timed epochs (after 5 warm-up epochs)")
parser.add_argument("--serve", metavar="DIR", help="answer timing requests from the C# side-by-side driver")
args = parser.parse_args()

torch.set_num_threads(1)


def blas_in_use():
    """The BLAS library the process actually mapped (the libblas.so.3 alternative or an LD_PRELOAD)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line and "/" in line}
    return ", ".join(sorted(os.path.realpath(p) for p in paths)) or "none mapped"


def describe():
    config = [line.strip() for line in torch.__config__.show().splitlines() if "BLAS_INFO" in line or "CPU capability" in line]
    blas_info = next((part.strip() for line in config for part in line.split(",") if "BLAS_INFO" in part), "")
    return (f"torch {torch.__version__}, threads {torch.get_num_threads()}, OPENBLAS_NUM_THREADS="
            f"{os.environ.get('OPENBLAS_NUM_THREADS')}, {blas_info}, BLAS loaded: {blas_in_use()}")


model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10)).double()
loss_fn = torch.nn.CrossEntropyLoss()


def make_optimizer():
    return torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)


optimizer = make_optimizer()


def training_pass(x, y, order=None):
    """One epoch of mini-batches (in the given order, or a fresh torch.randperm); the batch losses when an order is given."""
    n = x.shape[0]
    record = order is not None
    if order is None:
        order = torch.randperm(n)
    losses = []
    for start in range(0, n, 32):
        index = order[start:start + 32]
        optimizer.zero_grad()
        loss = loss_fn(model(x[index]), y[index])
        loss.backward()
        optimizer.step()
        if record:
            losses.append(loss.detach())
    return losses


def evaluate(sets):
    """Mean loss and accuracy of every set, as Python floats."""
    results = []
    with torch.no_grad():
        for features, labels in sets:
            logits = model(features)
            results.append(loss_fn(logits, labels).item())
            results.append((logits.argmax(1) == labels).double().mean().item())
    return results


def read(directory, name, dtype, shape):
    return torch.from_numpy(np.fromfile(os.path.join(directory, name), dtype=dtype).reshape(shape).copy())


def serve(directory):
    global optimizer
    x = read(directory, "train_x.f64", "<f8", (-1, 64))
    y = read(directory, "train_y.i32", "<i4", (-1,)).long()
    xv = read(directory, "validation_x.f64", "<f8", (-1, 64))
    yv = read(directory, "validation_y.i32", "<i4", (-1,)).long()
    parameters = read(directory, "parameters.f64", "<f8", (-1,))
    order = read(directory, "order.i32", "<i4", (-1,)).long()
    # The C# layout: per layer, weights [outputs x inputs] row-major (as nn.Linear.weight), then biases.
    with torch.no_grad():
        offset = 0
        for layer in (model[0], model[2]):
            for tensor in (layer.weight, layer.bias):
                tensor.copy_(parameters[offset:offset + tensor.numel()].view_as(tensor))
                offset += tensor.numel()
    assert offset == parameters.numel()
    losses = [loss.item() for loss in training_pass(x, y, order)]
    metrics = evaluate(((x, y), (xv, yv)))
    print("check " + " ".join(v.hex() for v in losses), flush=True)
    print("metrics " + " ".join(v.hex() for v in metrics), flush=True)
    print("ready " + describe(), flush=True)
    optimizer = make_optimizer()  # fresh momentum; the weights keep training, as the C# side does
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        start, cpu = time.perf_counter(), time.thread_time()
        if command == "pass":
            training_pass(x, y)
        elif command == "epoch":
            training_pass(x, y)
            evaluate(((x, y), (xv, yv)))
        else:
            raise SystemExit(f"unknown command {command!r}")
        print(f"{time.perf_counter() - start!r} {time.thread_time() - cpu!r}", flush=True)


def standalone():
    torch.manual_seed(0)
    random.seed(0)
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    with gzip.open(os.path.join(root, "data", "digits.csv.gz"), "rt") as f:
        rows = [list(map(int, r)) for r in csv.reader(f)]
    train_rows, validation_rows = [], []
    for c in range(10):
        members = [r for r in rows if r[64] == c]
        random.shuffle(members)
        held = int(0.2 * len(members) + 0.5)
        validation_rows += members[:held]
        train_rows += members[held:]

    def tensors(rs):
        return (torch.tensor([r[:64] for r in rs], dtype=torch.float64) / 16, torch.tensor([r[64] for r in rs], dtype=torch.long))

    x, y = tensors(train_rows)
    xv, yv = tensors(validation_rows)
    assert x.shape[0] == 1438 and xv.shape[0] == 359

    def timed(work):
        """Median and mean wall-clock time per call, and the mean CPU time of this process per call."""
        for _ in range(5):
            work()
        times = []
        cpu_start = time.process_time()
        for _ in range(args.epochs):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        cpu = (time.process_time() - cpu_start) / args.epochs
        return statistics.median(times), statistics.mean(times), cpu

    def one_epoch():
        training_pass(x, y)
        evaluate(((x, y), (xv, yv)))

    print(describe())
    print(f"{x.shape[0]} training images, batch 32, float64")
    for name, work in (("training pass", lambda: training_pass(x, y)), ("train one epoch", one_epoch)):
        median, mean, cpu = timed(work)
        print(f"{name:16s} median {median * 1e3:8.2f} ms   mean {mean * 1e3:8.2f} ms   cpu {cpu * 1e3:8.2f} ms")


if args.serve:
    serve(args.serve)
else:
    standalone()
