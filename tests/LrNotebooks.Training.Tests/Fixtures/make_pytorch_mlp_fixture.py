"""Generates pytorch_mlp_sgd.json: PyTorch 1.13 reference numbers for the trainer's network math.

An MLP 64-16-10 (float64, ReLU, nn.CrossEntropyLoss, torch.optim.SGD(lr=0.1, momentum=0.9)) on the first 64 rows of
data/digits.csv.gz (pixels / 16), six steps over two fixed mini-batches of 32 rows. The fixture holds the initial
parameters in the project's flat layout (per layer: weight [out x in] row-major, then bias), the gradient at the
initial parameters, the loss of every step (before its update) and the final parameters.

Run from the repository root: /usr/bin/python3 tests/LrNotebooks.Training.Tests/Fixtures/make_pytorch_mlp_fixture.py
"""
import csv
import gzip
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

torch.manual_seed(0)
torch.set_num_threads(1)

with gzip.open(os.path.join(ROOT, "data", "digits.csv.gz"), "rt") as f:
    rows = [list(map(int, r)) for r in csv.reader(f)][:64]
x = torch.tensor([r[:64] for r in rows], dtype=torch.float64) / 16
y = torch.tensor([r[64] for r in rows], dtype=torch.long)

model = torch.nn.Sequential(torch.nn.Linear(64, 16), torch.nn.ReLU(), torch.nn.Linear(16, 10)).double()
loss_fn = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)


def flat(tensors):
    return [v for t in tensors for v in t.detach().reshape(-1).tolist()]


initial = flat(model.parameters())  # order: W1, b1, W2, b2 = the project's layout
batches = [list(range(0, 32)), list(range(32, 64))]
losses, gradient0 = [], None
for step in range(6):
    batch = batches[step % 2]
    optimizer.zero_grad()
    loss = loss_fn(model(x[batch]), y[batch])
    loss.backward()
    if step == 0:
        gradient0 = flat(p.grad for p in model.parameters())
    losses.append(loss.item())
    optimizer.step()

fixture = {
    "torch": torch.__version__,
    "layers": [64, 16, 10],
    "learningRate": 0.1,
    "momentum": 0.9,
    "batches": batches,
    "initial": initial,
    "gradient0": gradient0,
    "losses": losses,
    "final": flat(model.parameters()),
}
with open(os.path.join(HERE, "pytorch_mlp_sgd.json"), "w") as f:
    json.dump(fixture, f)
print("wrote pytorch_mlp_sgd.json", losses)
