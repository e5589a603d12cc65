using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests.TestDoubles;

/// <summary>TEST DOUBLE: a schedule that returns a distinct value per step, <c>lr(t) = Base * (t + 1)</c>, to see which step was read.</summary>
public sealed record TestStepsSchedule(double Base) : Schedule
{
    public override double At(int step)
    {
        CheckStep(step);
        return Base * (step + 1);
    }

    public override string Name => "steps";
}
