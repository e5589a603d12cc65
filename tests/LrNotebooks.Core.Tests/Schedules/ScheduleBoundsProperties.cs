using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Schedules;
using static LrNotebooks.Core.Tests.Schedules.ScheduleGenerators;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>Every schedule stays finite and within its documented bounds for random valid parameters and steps up to int.MaxValue.</summary>
public sealed class ScheduleBoundsProperties
{
    private static Property Bounded<T>(Gen<T> schedules, Func<T, (double Lower, double Upper)> bounds) where T : Schedule =>
        Prop.ForAll(WithStep(schedules), c =>
        {
            var (lower, upper) = bounds(c.Schedule);
            double value = c.Schedule.At(c.Step);
            return ScheduleAssert.Within(value, lower, upper)
                .Label($"{c.Schedule.Name} at t={c.Step}: {value:R} not in [{lower:R}, {upper:R}]");
        });

    [Property(MaxTest = 300)]
    public Property Step() => Bounded(StepDecay, s => (0, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property MultiStep() => Bounded(ScheduleGenerators.MultiStep, s => (0, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property Exponential() => Bounded(ScheduleGenerators.Exponential, s => (0, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property Cosine() => Bounded(ScheduleGenerators.Cosine, s => (s.MinLearningRate, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property CosineWarmRestarts() => Bounded(WarmRestarts, s => (s.MinLearningRate, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property Linear() => Bounded(ScheduleGenerators.Linear,
        s => (s.LearningRate * Math.Min(s.StartFactor, s.EndFactor), s.LearningRate * Math.Max(s.StartFactor, s.EndFactor)));

    [Property(MaxTest = 300)]
    public Property ConstantWarmup() => Bounded(ScheduleGenerators.ConstantWarmup, s => (s.LearningRate * s.Factor, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property Polynomial() => Bounded(ScheduleGenerators.Polynomial, s => (s.EndLearningRate, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property InverseTime() => Bounded(ScheduleGenerators.InverseTime, s => (0, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property InverseSqrt() => Bounded(ScheduleGenerators.InverseSqrt, s => (0, s.LearningRate));

    [Property(MaxTest = 300)]
    public Property WarmupStableDecay() => Bounded(ScheduleGenerators.WarmupStableDecay,
        s => (Math.Min(s.MinLearningRate, s.WarmupSteps > 0 ? s.LearningRate * s.WarmupStartFactor : s.MinLearningRate), s.LearningRate));

    [Property(MaxTest = 300)]
    public Property OneCycle() => Bounded(ScheduleGenerators.OneCycle, s => (s.MinLearningRate, s.MaxLearningRate));

    [Property(MaxTest = 300)]
    public Property Cyclic() => Bounded(ScheduleGenerators.Cyclic, s => (s.BaseLearningRate, s.MaxLearningRate));
}
