using System.Globalization;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>lr(t) = lr · γᵗ, the per-step learning rate of the fixtures' scheduled runs (defined locally: the library's
/// schedules are tested on their own).</summary>
internal sealed record GeometricTestSchedule(double Initial, double Gamma) : Schedule
{
    public override double At(int step)
    {
        CheckStep(step);
        return Initial * Math.Pow(Gamma, step);
    }

    public override string Name => string.Create(CultureInfo.InvariantCulture, $"geometric(lr={Initial}, gamma={Gamma})");
}
