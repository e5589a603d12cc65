using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Schedules;
using static LrNotebooks.Core.Tests.Schedules.ScheduleGenerators;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>Schedules are pure functions of the step: order and repetition of evaluation never change a value.</summary>
public sealed class SchedulePurityProperties
{
    [Property(MaxTest = 300)]
    public Property Evaluation_order_does_not_matter() =>
        Prop.ForAll((from s in Any from steps in Gen.ArrayOf(Step) from order in Gen.Shuffle(steps) select (s, steps, order)).ToArbitrary(), c =>
        {
            var (s, steps, order) = c;
            var forward = steps.Distinct().ToDictionary(t => t, s.At);
            bool sameShuffled = order.All(t => s.At(t).Equals(forward[t]));
            bool sameReversed = steps.Reverse().All(t => s.At(t).Equals(forward[t]));
            return (sameShuffled && sameReversed).Label(s.Name);
        });

    [Property(MaxTest = 300)]
    public Property Preview_equals_At_and_equal_schedules_agree() =>
        Prop.ForAll((from s in Any from n in Gen.Choose(0, 300) select (s, n)).ToArbitrary(), c =>
        {
            var (s, n) = c;
            double[] preview = s.Preview(n);
            Schedule copy = s with { };
            bool ok = preview.Length == n && Enumerable.Range(0, n).All(t => preview[t].Equals(s.At(t)) && copy.At(t).Equals(preview[t]))
                && copy.Equals(s);
            return ok.Label(s.Name);
        });

    [Property(MaxTest = 300)]
    public Property Values_are_finite_and_non_negative_everywhere() =>
        Prop.ForAll(WithStep(Any), c =>
        {
            double v = c.Schedule.At(c.Step);
            return (double.IsFinite(v) && v >= 0).Label($"{c.Schedule.Name} at t={c.Step}: {v:R}");
        });
}
