#!/usr/bin/python3
"""Reference learning rates from PyTorch 1.13 for the schedule tests.

Run with the Debian interpreter that has python3-torch (PyTorch 1.13):

    /usr/bin/python3 tests/LrNotebooks.Core.Tests/Fixtures/generate_schedules.py

It writes schedules.json next to this file. Every case drives a real torch.optim.lr_scheduler object
attached to an SGD optimizer over one float64 parameter and records, for t = 0 .. steps-1, the learning
rate the optimizer uses for its (t+1)-th step, i.e. after t calls of scheduler.step():

    values[t] = optimizer.param_groups[0]["lr"];  optimizer.step();  scheduler.step()

Case layout: {"id", "kind" (the torch class name), "lr" (the optimizer's lr), "args" (constructor keyword
arguments in torch's names; SequentialLR members are {"kind", "args"}), "values"}, plus
- "mode": "closed_form" when torch 1.13's recursive form cannot run the case (it raises, recorded in
  "torch_error"); then values[t] comes from torch's own closed form, scheduler.step(epoch=t);
- OneCycleLR: "extrapolated_at_total_steps", the value torch computes after total_steps steps (one step past
  the cycle; torch raises one step later);
- ReduceLROnPlateau: "metrics" and values[i] = lr after scheduler.step(metrics[i]).
"""
import json
import math
import pathlib
import random
import warnings

import torch
from torch.optim import lr_scheduler as L

STEPS = 300
warnings.filterwarnings("ignore")  # the deprecated step(epoch) path and "step before optimizer.step" notices


def optimizer(lr):
    parameter = torch.nn.Parameter(torch.zeros(1, dtype=torch.float64))
    return torch.optim.SGD([parameter], lr=lr)


def build(kind, opt, args):
    if kind == "SequentialLR":
        members = [build(m["kind"], opt, m["args"]) for m in args["schedulers"]]
        return L.SequentialLR(opt, schedulers=members, milestones=args["milestones"])
    if kind == "CyclicLR":
        return L.CyclicLR(opt, cycle_momentum=False, **args)
    if kind == "OneCycleLR":
        return L.OneCycleLR(opt, cycle_momentum=False, **args)
    return getattr(L, kind)(opt, **args)


def lr_of(opt):
    return float(opt.param_groups[0]["lr"])


def run(kind, lr, args, steps):
    opt = optimizer(lr)
    scheduler = build(kind, opt, args)
    values = []
    for _ in range(steps):
        values.append(lr_of(opt))
        opt.step()
        scheduler.step()
    return values, lr_of(opt)


def run_closed_form(kind, lr, args, steps):
    opt = optimizer(lr)
    scheduler = build(kind, opt, args)
    values = [lr_of(opt)]
    for t in range(1, steps):
        opt.step()
        scheduler.step(t)
        values.append(lr_of(opt))
    return values


cases = []


def case(kind, lr, steps=STEPS, **args):
    values, after = run(kind, lr, args, steps)
    entry = {"id": f"{kind}#{sum(c['kind'] == kind for c in cases) + 1}", "kind": kind, "lr": lr, "args": args,
             "values": values}
    if kind == "OneCycleLR":
        entry["extrapolated_at_total_steps"] = after
    cases.append(entry)


def closed_form_case(kind, lr, steps=STEPS, **args):
    try:
        run(kind, lr, args, steps)
        raise AssertionError(f"{kind} {args} was expected to fail in torch's recursive form")
    except ZeroDivisionError as error:
        torch_error = f"ZeroDivisionError: {error}"
    cases.append({"id": f"{kind}#{sum(c['kind'] == kind for c in cases) + 1}", "kind": kind, "lr": lr, "args": args,
                  "mode": "closed_form", "torch_error": torch_error,
                  "values": run_closed_form(kind, lr, args, steps)})


def member(kind, **args):
    return {"kind": kind, "args": args}


# StepLR / MultiStepLR / ExponentialLR
case("StepLR", 0.1, step_size=30, gamma=0.1)
case("StepLR", 1.0, step_size=1, gamma=0.9)
case("StepLR", 0.05, step_size=7, gamma=0.5)
case("StepLR", 0.3, step_size=100, gamma=1.0)
case("MultiStepLR", 0.1, milestones=[30, 80], gamma=0.1)
case("MultiStepLR", 1.0, milestones=[1, 2, 3, 150], gamma=0.5)
case("MultiStepLR", 0.2, milestones=[0, 10], gamma=0.3)
case("MultiStepLR", 0.01, milestones=[299], gamma=0.1)
case("MultiStepLR", 0.5, milestones=[], gamma=0.1)
case("ExponentialLR", 0.1, gamma=0.99)
case("ExponentialLR", 1.0, gamma=0.9)
case("ExponentialLR", 0.3, gamma=0.5)
case("ExponentialLR", 0.2, gamma=1.0)

# CosineAnnealingLR: 300 steps run well past T_max, checking the periodic continuation.
case("CosineAnnealingLR", 0.1, T_max=100)
case("CosineAnnealingLR", 1.0, T_max=50, eta_min=0.1)
case("CosineAnnealingLR", 0.5, T_max=300, eta_min=0.01)
case("CosineAnnealingLR", 0.1, T_max=1)
case("CosineAnnealingLR", 0.2, T_max=7, eta_min=0.05)
case("CosineAnnealingLR", 0.05, T_max=299, eta_min=0.05)

# CosineAnnealingWarmRestarts: T_mult 1 and 2 (and 3).
case("CosineAnnealingWarmRestarts", 0.1, T_0=10)
case("CosineAnnealingWarmRestarts", 0.1, T_0=10, T_mult=2, eta_min=0.001)
case("CosineAnnealingWarmRestarts", 1.0, T_0=1, T_mult=2)
case("CosineAnnealingWarmRestarts", 0.5, T_0=3, T_mult=3, eta_min=0.1)
case("CosineAnnealingWarmRestarts", 1.0, T_0=50, T_mult=1, eta_min=0.5)
case("CosineAnnealingWarmRestarts", 0.1, T_0=1, T_mult=1)

# LinearLR: warm-ups, a decay; start_factor 0 only through torch's closed form.
case("LinearLR", 0.1, start_factor=1.0 / 3, end_factor=1.0, total_iters=5)
case("LinearLR", 0.1, start_factor=0.01, end_factor=1.0, total_iters=100)
case("LinearLR", 0.5, start_factor=1.0, end_factor=0.1, total_iters=50)
case("LinearLR", 0.2, start_factor=0.25, end_factor=0.75, total_iters=7)
case("LinearLR", 0.3, start_factor=0.5, end_factor=0.0, total_iters=299)
closed_form_case("LinearLR", 0.1, start_factor=0.0, end_factor=1.0, total_iters=20)

# ConstantLR: factor 0 only through torch's closed form.
case("ConstantLR", 0.1, factor=1.0 / 3, total_iters=5)
case("ConstantLR", 1.0, factor=0.5, total_iters=1)
case("ConstantLR", 0.3, factor=0.1, total_iters=100)
case("ConstantLR", 0.05, factor=0.9, total_iters=299)
closed_form_case("ConstantLR", 0.1, factor=0.0, total_iters=10)

# PolynomialLR
case("PolynomialLR", 0.1, total_iters=100, power=1.0)
case("PolynomialLR", 0.1, total_iters=250, power=2.0)
case("PolynomialLR", 1.0, total_iters=50, power=0.5)
case("PolynomialLR", 0.3, total_iters=10, power=3.0)
case("PolynomialLR", 0.2, total_iters=299, power=0.9)

# CyclicLR: every mode, symmetric and asymmetric cycles.
case("CyclicLR", 0.1, base_lr=0.001, max_lr=0.1, step_size_up=20)
case("CyclicLR", 0.1, base_lr=0.01, max_lr=0.1, step_size_up=10, step_size_down=30)
case("CyclicLR", 0.1, base_lr=0.0, max_lr=1.0, step_size_up=1)
case("CyclicLR", 0.1, base_lr=0.001, max_lr=0.1, step_size_up=15, mode="triangular2")
case("CyclicLR", 0.1, base_lr=0.01, max_lr=1.0, step_size_up=5, step_size_down=20, mode="triangular2")
case("CyclicLR", 0.1, base_lr=0.001, max_lr=0.1, step_size_up=25, mode="exp_range", gamma=0.99)
case("CyclicLR", 0.1, base_lr=0.01, max_lr=0.1, step_size_up=10, step_size_down=5, mode="exp_range", gamma=0.995)
case("CyclicLR", 0.1, base_lr=0.02, max_lr=0.02, step_size_up=3)

# OneCycleLR: two and three phases, cos and linear, an up phase shorter than one step.
case("OneCycleLR", 0.1, steps=300, max_lr=0.1, total_steps=300)
case("OneCycleLR", 0.1, steps=100, max_lr=1.0, total_steps=100, pct_start=0.25, div_factor=10.0,
     final_div_factor=100.0, anneal_strategy="linear")
case("OneCycleLR", 0.1, steps=300, max_lr=0.1, total_steps=300, three_phase=True)
case("OneCycleLR", 0.1, steps=200, max_lr=0.5, total_steps=200, pct_start=0.4, anneal_strategy="linear",
     three_phase=True)
case("OneCycleLR", 0.1, steps=150, max_lr=0.1, total_steps=150, pct_start=0.5)
case("OneCycleLR", 0.1, steps=10, max_lr=0.1, total_steps=10, pct_start=0.05)
case("OneCycleLR", 0.1, steps=7, max_lr=2.0, total_steps=7, pct_start=0.9, div_factor=2.0, final_div_factor=3.0)
case("OneCycleLR", 0.1, steps=1, max_lr=0.1, total_steps=1)
case("OneCycleLR", 0.1, steps=20, max_lr=0.3, total_steps=20, pct_start=0.5, three_phase=True)

# SequentialLR: LinearLR warm-up then CosineAnnealingLR, the docstring example, three members.
case("SequentialLR", 0.1, schedulers=[member("LinearLR", start_factor=0.1, end_factor=1.0, total_iters=10),
                                      member("CosineAnnealingLR", T_max=290)], milestones=[10])
case("SequentialLR", 0.1, schedulers=[member("LinearLR", start_factor=0.1, end_factor=1.0, total_iters=5),
                                      member("CosineAnnealingLR", T_max=50, eta_min=0.001)], milestones=[5])
case("SequentialLR", 1.0, schedulers=[member("ConstantLR", factor=0.1, total_iters=2),
                                      member("ExponentialLR", gamma=0.9)], milestones=[2])
case("SequentialLR", 0.1, schedulers=[member("LinearLR", start_factor=0.01, end_factor=1.0, total_iters=20),
                                      member("CosineAnnealingLR", T_max=100, eta_min=0.001),
                                      member("StepLR", step_size=30, gamma=0.5)], milestones=[20, 120])
case("SequentialLR", 0.2, schedulers=[member("ExponentialLR", gamma=0.95),
                                      member("CosineAnnealingWarmRestarts", T_0=20, T_mult=2)], milestones=[50])
case("SequentialLR", 0.1, schedulers=[member("ConstantLR", factor=0.25, total_iters=5),
                                      member("PolynomialLR", total_iters=100, power=2.0),
                                      member("MultiStepLR", milestones=[10, 20], gamma=0.5)], milestones=[5, 105])
case("SequentialLR", 0.1, schedulers=[member("LinearLR", start_factor=0.5, end_factor=1.0, total_iters=10),
                                      member("LinearLR", start_factor=1.0, end_factor=0.1, total_iters=50)],
     milestones=[3])

# ReduceLROnPlateau: a fixed loss-like and accuracy-like metric sequence, every mode and threshold mode.
rng = random.Random(1307)
loss = []
for i in range(300):
    noisy = round(0.25 + 2.0 * math.exp(-i / 25.0) + rng.gauss(0.0, 0.01), 6)
    loss.append(loss[79] if 80 <= i < 100 else noisy)  # steps 79..99 repeat one value exactly
accuracy = [round(1.0 - 0.3 * value, 6) for value in loss]


def plateau(lr, metrics, **args):
    opt = optimizer(lr)
    scheduler = L.ReduceLROnPlateau(opt, **args)
    values = []
    for metric in metrics:
        scheduler.step(metric)
        values.append(lr_of(opt))
    kind = "ReduceLROnPlateau"
    cases.append({"id": f"{kind}#{sum(c['kind'] == kind for c in cases) + 1}", "kind": kind, "lr": lr, "args": args,
                  "metrics": metrics, "values": values})


plateau(0.1, loss)
plateau(0.1, loss, mode="min", threshold_mode="abs", factor=0.5, patience=3, threshold=0.01, cooldown=2, min_lr=1e-3)
plateau(0.1, loss, mode="min", threshold_mode="rel", factor=0.3, patience=0, threshold=0.0, cooldown=0)
plateau(0.05, accuracy, mode="max", threshold_mode="rel", factor=0.2, patience=5, threshold=1e-3)
plateau(0.05, accuracy, mode="max", threshold_mode="abs", factor=0.7, patience=0, threshold=0.0, cooldown=4,
        min_lr=0.01)
plateau(1e-7, loss, mode="min", factor=0.5, patience=2, eps=1e-7)
plateau(0.1, loss, mode="min", threshold_mode="rel", factor=0.5, patience=4, threshold=0.05, cooldown=10,
        min_lr=0.001, eps=0.0)

document = {
    "generator": "tests/LrNotebooks.Core.Tests/Fixtures/generate_schedules.py",
    "torch": torch.__version__,
    "dtype": "float64",
    "semantics": "values[t] = learning rate of the (t+1)-th optimizer step, after t scheduler.step() calls",
    "cases": cases,
}
path = pathlib.Path(__file__).with_name("schedules.json")
with open(path, "w", encoding="utf-8") as out:
    # One case per line keeps the file diffable.
    out.write("{\n")
    for key in ("generator", "torch", "dtype", "semantics"):
        out.write(f"  {json.dumps(key)}: {json.dumps(document[key])},\n")
    out.write('  "cases": [\n')
    out.write(",\n".join("    " + json.dumps(c, allow_nan=False) for c in cases))
    out.write("\n  ]\n}\n")
print(f"wrote {len(cases)} cases to {path}")
