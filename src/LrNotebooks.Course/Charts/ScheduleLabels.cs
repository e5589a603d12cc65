using System.Globalization;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Course;

/// <summary>
/// A schedule in plain words for a legend, e.g. "cosine, η₀ = 0.5, 150 steps" where the library's name is
/// "cosine(lr=0.5, T_max=150)". The words keep the schedule's kind first, so <see cref="NamedStyles"/> finds it.
/// </summary>
public static class ScheduleLabels
{
    /// <summary>The plain-language label of <paramref name="schedule"/>.</summary>
    public static string Plain(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule switch
        {
            ConstantSchedule c => $"constant, η = {N(c.LearningRate)}",
            StepSchedule s => $"step decay, η₀ = {N(s.LearningRate)}, × {N(s.Gamma)} every {I(s.StepSize)} steps",
            MultiStepSchedule m => $"step decay, η₀ = {N(m.LearningRate)}, × {N(m.Gamma)} at steps {string.Join(", ", m.Milestones.Select(I))}",
            ExponentialSchedule e => $"exponential, η₀ = {N(e.LearningRate)}, × {N(e.Gamma)} per step",
            CosineSchedule c => $"cosine, η₀ = {N(c.LearningRate)}, {I(c.TMax)} steps{Floor(c.MinLearningRate)}",
            CosineWarmRestartsSchedule r => $"cosine with restarts, η₀ = {N(r.LearningRate)}, first cycle {I(r.T0)} steps{(r.TMult > 1 ? $", each cycle × {I(r.TMult)} longer" : "")}{Floor(r.MinLearningRate)}",
            OneCycleSchedule o => $"one-cycle, peak η = {N(o.MaxLearningRate)}, {I(o.TotalSteps)} steps, rising for the first {N(100 * o.PctStart)} %",
            WarmupStableDecaySchedule w => $"WSD, η = {N(w.LearningRate)}{(w.WarmupSteps > 0 ? $", warm-up {I(w.WarmupSteps)} steps" : "")}, decay over the last {I(w.CooldownSteps)} of {I(w.TotalSteps)} steps{Floor(w.MinLearningRate)}",
            LinearSchedule l => $"linear, η = {N(l.LearningRate)} × {N(l.StartFactor)} → × {N(l.EndFactor)} over {I(l.TotalSteps)} steps",
            ConstantWarmupSchedule c => $"constant, η = {N(c.LearningRate)} after {I(c.TotalSteps)} steps at × {N(c.Factor)}",
            PolynomialSchedule p => $"polynomial (power {N(p.Power)}), η₀ = {N(p.LearningRate)}, {I(p.TotalSteps)} steps{Floor(p.EndLearningRate)}",
            InverseTimeSchedule t => $"1/t decay, η₀ = {N(t.LearningRate)}, rate {N(t.DecayRate)}{(t.DecaySteps > 1 ? $" per {I(t.DecaySteps)} steps" : " per step")}",
            InverseSqrtSchedule s => $"1/√t decay, η₀ = {N(s.LearningRate)}, warm-up {I(s.WarmupSteps)} steps",
            CyclicSchedule c => $"cyclic, η from {N(c.BaseLearningRate)} to {N(c.MaxLearningRate)}, {I(c.StepSizeUp)} steps up, {I(c.StepSizeDown)} down",
            SequenceSchedule q => Sequence(q),
            _ => schedule.Name,
        };
    }

    /// <summary>A linear warm-up followed by a schedule reads "warm-up 10 steps + cosine, …"; other sequences are joined with "then".</summary>
    private static string Sequence(SequenceSchedule q)
    {
        if (q.Schedules.Count == 2 && q.Schedules[0] is LinearSchedule warm && warm.EndFactor == 1 && warm.StartFactor < 1)
            return $"warm-up {I(q.Milestones[0])} steps + {Plain(q.Schedules[1])}";
        return string.Join(", then ", q.Schedules.Select((s, i) => i == 0 ? Plain(s) : $"from step {I(q.Milestones[i - 1])}: {Plain(s)}"));
    }

    private static string Floor(double min) => min > 0 ? $", down to {N(min)}" : "";

    private static string N(double value) => NumberText.Short(value);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
