using System.Globalization;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE, not the library's schedule: cosine annealing as PyTorch 1.13 <c>CosineAnnealingLR</c> (closed form,
/// held at the minimum after <c>TMax</c>): <c>lr(t) = min + (lr - min) (1 + cos(pi min(t, TMax) / TMax)) / 2</c>.
/// </summary>
public sealed record TestCosineSchedule(double Lr, int TMax, double MinLr = 0) : Schedule
{
    public override double At(int step)
    {
        CheckStep(step);
        return MinLr + (Lr - MinLr) * (1 + Math.Cos(Math.PI * Math.Min(step, TMax) / TMax)) / 2;
    }

    public override string Name => string.Create(CultureInfo.InvariantCulture, $"cosine(lr={Lr:G4}, T_max={TMax})");
}
