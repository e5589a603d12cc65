#!/usr/bin/python3
"""Reference trajectories for the optimizer tests (writes optimizers.json next to this script).

Run with the Debian PyTorch 1.13 build:  /usr/bin/python3 generate_optimizers.py

Every optimizer of torch.optim 1.13 that the core library implements is run for 100 steps, once for
every listed option set, on two 2-D test functions whose gradients come from torch autograd:

  * rosenbrock: f = (1 - x)^2 + 100 (y - x^2)^2, start (-1.5, 2)
  * quadratic:  f = 0.1 x^2 + 2 y^2,              start (4, 2)

plus, for every optimizer, one run whose learning rate changes at every step
(lr_t = lr * 0.97^t, written into param_group['lr'] before step t, exactly what a scheduler does).

Everything is float64: torch.set_default_dtype(torch.float64) also makes the optimizers' own scalar
state (the 'step' tensor and NAdam's 'mu_product', created with torch.tensor(...)) float64, so the
reference is the float64 algorithm and not a float32 shortcut.

Lion is not in torch 1.13. Its reference here is a numpy transcription of
  * Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms" (arXiv:2302.06675), Algorithm 2
    (Lion): c_t = b1 m_{t-1} + (1 - b1) g_t;  theta_t = theta_{t-1} - eta_t (sign(c_t) + lambda theta_{t-1});
    m_t = b2 m_{t-1} + (1 - b2) g_t;
  * optax.lion = chain(scale_by_lion(b1, b2), add_decayed_weights(weight_decay),
    scale_by_learning_rate(lr)), where scale_by_lion returns sign((1 - b1) g + b1 mu) and then sets
    mu = (1 - b2) g + b2 mu (optax/_src/transform.py).
Lion's gradients come from torch autograd as well.

The file also holds autograd gradients at a few points of each function, so the tests can check their
analytic gradients against torch before comparing trajectories.
"""

import json
import math
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)

STEPS = 100
SCHEDULE_GAMMA = 0.97


def rosenbrock(p):
    x, y = p[0], p[1]
    return (1.0 - x) ** 2 + 100.0 * (y - x ** 2) ** 2


def quadratic(p):
    x, y = p[0], p[1]
    return 0.1 * x ** 2 + 2.0 * y ** 2


SURFACES = {
    "rosenbrock": (rosenbrock, [-1.5, 2.0]),
    "quadratic": (quadratic, [4.0, 2.0]),
}

# Learning rates that keep every run finite over 100 steps on each surface.
BASE_LR = {
    "sgd": {"rosenbrock": 2e-4, "quadratic": 0.1},
    "adagrad": {"rosenbrock": 0.1, "quadratic": 0.5},
    "rmsprop": {"rosenbrock": 0.01, "quadratic": 0.05},
    "adadelta": {"rosenbrock": 1.0, "quadratic": 1.0},
    "adam": {"rosenbrock": 0.02, "quadratic": 0.1},
    "adamw": {"rosenbrock": 0.02, "quadratic": 0.1},
    "adamax": {"rosenbrock": 0.02, "quadratic": 0.1},
    "nadam": {"rosenbrock": 0.02, "quadratic": 0.1},
    "radam": {"rosenbrock": 5e-4, "quadratic": 0.1},
    "lion": {"rosenbrock": 0.01, "quadratic": 0.05},
}

# Option sets per optimizer, in the C# factory's parameter names. Each boolean option appears on and
# off, each weight decay zero and non-zero, plus non-default values of every other hyper-parameter.
OPTIONS = {
    "sgd": [
        {},
        {"weightDecay": 0.1},
        {"momentum": 0.9},
        {"momentum": 0.9, "dampening": 0.5},
        {"momentum": 0.9, "nesterov": True},
        {"momentum": 0.8, "weightDecay": 0.1, "nesterov": True},
        {"momentum": 0.5, "dampening": 0.3, "weightDecay": 0.05},
    ],
    "adagrad": [
        {},
        {"lrDecay": 0.01},
        {"weightDecay": 0.1},
        {"initialAccumulatorValue": 0.5},
        {"eps": 1e-3},
        {"lrDecay": 0.05, "weightDecay": 0.05, "initialAccumulatorValue": 0.1, "eps": 1e-6},
    ],
    "rmsprop": [
        {},
        {"centered": True},
        {"momentum": 0.5},
        {"momentum": 0.5, "centered": True},
        {"weightDecay": 0.1},
        {"alpha": 0.9, "eps": 1e-4},
        {"alpha": 0.95, "eps": 1e-6, "weightDecay": 0.05, "momentum": 0.3, "centered": True},
    ],
    "adadelta": [
        {},
        {"rho": 0.5},
        {"weightDecay": 0.1},
        {"eps": 1e-3},
        {"rho": 0.8, "eps": 1e-4, "weightDecay": 0.05},
    ],
    "adam": [
        {},
        {"amsgrad": True},
        {"weightDecay": 0.1},
        {"beta1": 0.5, "beta2": 0.9},
        {"eps": 1e-3},
        {"beta1": 0.8, "beta2": 0.99, "eps": 1e-6, "weightDecay": 0.05, "amsgrad": True},
    ],
    "adamw": [
        {},
        {"weightDecay": 0.0},
        {"amsgrad": True},
        {"weightDecay": 0.5},
        {"beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
        {"beta1": 0.8, "beta2": 0.99, "eps": 1e-6, "weightDecay": 0.2, "amsgrad": True},
    ],
    "adamax": [
        {},
        {"weightDecay": 0.1},
        {"beta1": 0.5, "beta2": 0.9},
        {"eps": 1e-2},
    ],
    "nadam": [
        {},
        {"momentumDecay": 0.01},
        {"weightDecay": 0.1},
        {"beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
    ],
    "radam": [
        {},
        {"weightDecay": 0.1},
        {"beta2": 0.9},
        {"beta1": 0.5, "beta2": 0.99, "eps": 1e-3},
    ],
    "lion": [
        {},
        {"weightDecay": 0.1},
        {"beta1": 0.95, "beta2": 0.98},
        {"beta1": 0.5, "beta2": 0.9, "weightDecay": 0.5},
    ],
}


def torch_optimizer(name, param, lr, o):
    betas = (o.get("beta1", 0.9), o.get("beta2", 0.999))
    if name == "sgd":
        return torch.optim.SGD([param], lr=lr, momentum=o.get("momentum", 0.0), dampening=o.get("dampening", 0.0),
                               weight_decay=o.get("weightDecay", 0.0), nesterov=o.get("nesterov", False))
    if name == "adagrad":
        return torch.optim.Adagrad([param], lr=lr, lr_decay=o.get("lrDecay", 0.0), weight_decay=o.get("weightDecay", 0.0),
                                   initial_accumulator_value=o.get("initialAccumulatorValue", 0.0), eps=o.get("eps", 1e-10))
    if name == "rmsprop":
        return torch.optim.RMSprop([param], lr=lr, alpha=o.get("alpha", 0.99), eps=o.get("eps", 1e-8),
                                   weight_decay=o.get("weightDecay", 0.0), momentum=o.get("momentum", 0.0),
                                   centered=o.get("centered", False))
    if name == "adadelta":
        return torch.optim.Adadelta([param], lr=lr, rho=o.get("rho", 0.9), eps=o.get("eps", 1e-6),
                                    weight_decay=o.get("weightDecay", 0.0))
    if name == "adam":
        return torch.optim.Adam([param], lr=lr, betas=betas, eps=o.get("eps", 1e-8),
                                weight_decay=o.get("weightDecay", 0.0), amsgrad=o.get("amsgrad", False))
    if name == "adamw":
        return torch.optim.AdamW([param], lr=lr, betas=betas, eps=o.get("eps", 1e-8),
                                 weight_decay=o.get("weightDecay", 0.01), amsgrad=o.get("amsgrad", False))
    if name == "adamax":
        return torch.optim.Adamax([param], lr=lr, betas=betas, eps=o.get("eps", 1e-8),
                                  weight_decay=o.get("weightDecay", 0.0))
    if name == "nadam":
        return torch.optim.NAdam([param], lr=lr, betas=betas, eps=o.get("eps", 1e-8),
                                 weight_decay=o.get("weightDecay", 0.0), momentum_decay=o.get("momentumDecay", 0.004))
    if name == "radam":
        return torch.optim.RAdam([param], lr=lr, betas=betas, eps=o.get("eps", 1e-8),
                                 weight_decay=o.get("weightDecay", 0.0))
    raise ValueError(name)


def autograd_gradient(f, point):
    p = torch.tensor(point, requires_grad=True)
    f(p).backward()
    return p.grad.tolist()


def run_torch(name, f, start, lr_at, o):
    param = torch.tensor(start, requires_grad=True)
    opt = torch_optimizer(name, param, lr_at(0), o)
    iterates = [param.detach().tolist()]
    for t in range(STEPS):
        for group in opt.param_groups:
            group["lr"] = lr_at(t)
        opt.zero_grad()
        f(param).backward()
        opt.step()
        iterates.append(param.detach().tolist())
    return iterates


def run_lion(f, start, lr_at, o):
    """Lion (Chen et al. 2023, Algorithm 2; optax.lion), float64 numpy, gradients from torch autograd."""
    b1, b2, wd = o.get("beta1", 0.9), o.get("beta2", 0.99), o.get("weightDecay", 0.0)
    theta = np.array(start, dtype=np.float64)
    m = np.zeros_like(theta)
    iterates = [theta.tolist()]
    for t in range(STEPS):
        g = np.array(autograd_gradient(f, theta.tolist()), dtype=np.float64)
        update = np.sign((1.0 - b1) * g + b1 * m)           # scale_by_lion: sign of the interpolation
        m = (1.0 - b2) * g + b2 * m                          # then the stored momentum
        theta = theta + (-lr_at(t)) * (update + wd * theta)  # add_decayed_weights, scale_by_learning_rate
        iterates.append(theta.tolist())
    return iterates


def run(name, f, start, lr_at, o):
    if name == "lion":
        return run_lion(f, start, lr_at, o)
    return run_torch(name, f, start, lr_at, o)


def check_finite(case):
    for point in case["iterates"]:
        if not all(math.isfinite(v) and abs(v) < 1e6 for v in point):
            raise RuntimeError(f"{case['name']} left the region of interest: {point}")


def main():
    cases = []
    for name, option_sets in OPTIONS.items():
        for surface, (f, start) in SURFACES.items():
            lr = BASE_LR[name][surface]
            for o in option_sets:
                label = ",".join(f"{k}={v}" for k, v in o.items()) or "defaults"
                cases.append({
                    "name": f"{name}/{surface}/{label}",
                    "optimizer": name, "surface": surface, "start": start,
                    "lr": lr, "lrGamma": None, "options": o,
                    "iterates": run(name, f, start, lambda t, lr=lr: lr, o),
                })
        # The scheduled run: every optimizer with its most option-rich set, on both surfaces.
        for surface, (f, start) in SURFACES.items():
            lr = BASE_LR[name][surface]
            o = option_sets[-1]
            cases.append({
                "name": f"{name}/{surface}/schedule lr*{SCHEDULE_GAMMA}^t",
                "optimizer": name, "surface": surface, "start": start,
                "lr": lr, "lrGamma": SCHEDULE_GAMMA, "options": o,
                "iterates": run(name, f, start, lambda t, lr=lr: lr * SCHEDULE_GAMMA ** t, o),
            })
    for case in cases:
        check_finite(case)

    rng = np.random.default_rng(13)
    gradient_checks = []
    for surface, (f, _) in SURFACES.items():
        for point in rng.uniform(-3.0, 3.0, size=(20, 2)).tolist():
            gradient_checks.append({"surface": surface, "point": point, "gradient": autograd_gradient(f, point)})

    out = {
        "generator": "generate_optimizers.py",
        "torch": torch.__version__,
        "numpy": np.__version__,
        "steps": STEPS,
        "gradientChecks": gradient_checks,
        "cases": cases,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optimizers.json")
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1)  # json writes repr(float): 17 significant digits, round-trips exactly
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
