using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Schedules;
using static LrNotebooks.Core.Tests.Schedules.ScheduleGenerators;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>Sequence is SequentialLR's composition: at each milestone the next schedule starts at its own step 0.</summary>
public sealed class SequenceProperties
{
    [Property(MaxTest = 300)]
    public Property Hits_each_milestone_exactly() =>
        Prop.ForAll(Sequence.ToArbitrary(), s =>
            Enumerable.Range(0, s.Milestones.Count).All(i =>
                s.At(s.Milestones[i]).Equals(s.Schedules[i + 1].At(0))
                && s.At(s.Milestones[i] - 1).Equals(s.Schedules[i].At(s.Milestones[i] - 1 - (i == 0 ? 0 : s.Milestones[i - 1])))
            ).Label(s.Name));

    [Property(MaxTest = 300)]
    public Property Evaluates_the_active_member_at_the_steps_since_its_milestone() =>
        Prop.ForAll(WithStep(Sequence), c =>
        {
            var (s, t) = c;
            int i = s.Milestones.Count(m => m <= t);
            int offset = i == 0 ? 0 : s.Milestones[i - 1];
            return s.At(t).Equals(s.Schedules[i].At(t - offset)).Label($"{s.Name} at t={t}");
        });
}
