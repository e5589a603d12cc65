"""PyTorch 1.13 side of the trainer benchmark (see README.md, section "Trainer").

Same work as TrainerEpochBenchmark: an MLP 64-64-10 in float64 (nn.Linear, nn.ReLU, nn.CrossEntropyLoss),
SGD(lr=0.01, momentum=0.9), mini-batches of 32 over the 1,438-image training split of data/digits.csv.gz
(stratified 80/20 per class), one thread. Batches are taken by tensor indexing from a torch.randperm order,
which is faster than a DataLoader. "training pass" = shuffle + forward + backward + step for every batch;
"train one epoch" adds the loss and accuracy on all 1,797 images (under torch.no_grad()).

Run from the repository root: /usr/bin/python3 tests/LrNotebooks.Benchmarks/pytorch_epoch.py [--epochs 50]
"""
import argparse
import csv
import gzip
import os
import random
import statistics
import time

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=50, help="timed epochs (after 5 warm-up epochs)")
args = parser.parse_args()

torch.set_num_threads(1)
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
n = x.shape[0]
assert n == 1438 and xv.shape[0] == 359

model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10)).double()
loss_fn = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)


def training_pass():
    order = torch.randperm(n)
    for start in range(0, n, 32):
        index = order[start:start + 32]
        optimizer.zero_grad()
        loss = loss_fn(model(x[index]), y[index])
        loss.backward()
        optimizer.step()


def evaluate():
    with torch.no_grad():
        for features, labels in ((x, y), (xv, yv)):
            logits = model(features)
            loss_fn(logits, labels).item()
            (logits.argmax(1) == labels).double().mean().item()


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
    training_pass()
    evaluate()


print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, {n} training images, batch 32, float64")
for name, work in (("training pass", training_pass), ("train one epoch", one_epoch)):
    median, mean, cpu = timed(work)
    print(f"{name:16s} median {median * 1e3:8.2f} ms   mean {mean * 1e3:8.2f} ms   cpu {cpu * 1e3:8.2f} ms")
