using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Running;

/// <summary>Test double: learning rate <see cref="Before"/> for steps &lt; <see cref="Switch"/>, then <see cref="After"/>.</summary>
internal sealed record TestPiecewiseSchedule(double Before, int Switch, double After) : Schedule
{
    public override double At(int step)
    {
        CheckStep(step);
        return step < Switch ? Before : After;
    }

    public override string Name => $"piecewise({Before} until {Switch}, then {After})";
}
