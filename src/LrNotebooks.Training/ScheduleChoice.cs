using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>One schedule axis value of a <see cref="SweepGrid"/>: how to build the schedule from a base learning rate.</summary>
/// <param name="Name">Legend name, e.g. <c>cosine</c>.</param>
/// <param name="Create">Builds the schedule for a base (peak) learning rate, e.g. <c>lr =&gt; Schedule.Cosine(lr, 30)</c>.</param>
/// <param name="Stepping">Whether the schedule's step counts mini-batches or epochs.</param>
public sealed record ScheduleChoice(string Name, Func<double, Schedule> Create, ScheduleStepping Stepping = ScheduleStepping.PerBatch)
{
    /// <summary>A constant learning rate (the base LR itself).</summary>
    public static ScheduleChoice Constant { get; } = new("constant", lr => lr);
}
