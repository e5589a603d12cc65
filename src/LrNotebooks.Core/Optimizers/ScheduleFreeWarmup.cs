using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// The built-in warm-up of the schedule-free optimizers (facebookresearch/schedule_free, <c>warmup_steps</c>):
/// <c>lr(t) = inner(t) · min(1, (t + 1) / steps)</c>, so the first step already uses <c>inner(0) / steps</c>
/// and step <c>steps − 1</c> the full rate.
/// </summary>
internal sealed record ScheduleFreeWarmup : Schedule
{
    public ScheduleFreeWarmup(Schedule inner, int steps)
    {
        Inner = inner;
        Steps = steps;
    }

    public Schedule Inner { get; }

    public int Steps { get; }

    public override double At(int step)
    {
        CheckStep(step);
        double rate = Inner.At(step);
        return step < Steps ? rate * (step + 1) / Steps : rate;
    }

    public override string Name => $"{Inner.Name}, warm-up {Steps}";
}
