using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Schedules;
using static LrNotebooks.Core.Tests.Schedules.ScheduleGenerators;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>
/// Decays never go up, warm-ups never go down: compares At(t) with At(t + 1) for random parameters and steps.
/// Where a schedule is monotone only on a range (cosine within T_max, inverse sqrt after its warm-up, one
/// cycle of SGDR), the step is drawn inside that range.
/// </summary>
public sealed class ScheduleMonotonicityProperties
{
    private static readonly Gen<int> Before = Gen.OneOf(Gen.Choose(0, 2000), Gen.Choose(0, int.MaxValue - 1));

    private static Property NonIncreasing<T>(Gen<T> schedules, Func<T, int, bool>? applies = null) where T : Schedule =>
        NonIncreasing(from s in schedules from t in Before select (s, t), applies);

    private static Property NonIncreasing<T>(Gen<(T, int)> cases, Func<T, int, bool>? applies = null) where T : Schedule =>
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (s, t) = c;
            return Prop.When(applies?.Invoke(s, t) ?? true, () =>
                (s.At(t + 1) <= s.At(t)).Label($"{s.Name}: At({t + 1}) = {s.At(t + 1):R} > At({t}) = {s.At(t):R}"));
        });

    private static Property NonDecreasing<T>(Gen<T> schedules) where T : Schedule =>
        Prop.ForAll((from s in schedules from t in Before select (s, t)).ToArbitrary(), c =>
        {
            var (s, t) = c;
            return (s.At(t + 1) >= s.At(t)).Label($"{s.Name}: At({t + 1}) = {s.At(t + 1):R} < At({t}) = {s.At(t):R}");
        });

    /// <summary>Linear ramps with ordered factors: rising (warm-up) or falling (decay).</summary>
    private static Gen<LinearSchedule> Ramp(bool rising) =>
        from lr in Lr from a in UnitClosed from b in UnitClosed from total in Length
        select Schedule.Linear(lr, rising ? Math.Min(a, b) : Math.Max(a, b), rising ? Math.Max(a, b) : Math.Min(a, b), total);

    /// <summary>Draws the step uniformly from [0, limit(schedule)) instead of filtering, so no case is discarded.</summary>
    private static Gen<(T, int)> Inside<T>(Gen<T> schedules, Func<T, int> lower, Func<T, int> upper) =>
        from s in schedules from t in Gen.Choose(lower(s), Math.Max(lower(s), upper(s) - 1)) select (s, t);

    [Property(MaxTest = 300)]
    public Property Step_decays() => NonIncreasing(StepDecay);

    [Property(MaxTest = 300)]
    public Property MultiStep_decays() => NonIncreasing(MultiStep);

    [Property(MaxTest = 300)]
    public Property Exponential_decays() => NonIncreasing(Exponential);

    [Property(MaxTest = 300)]
    public Property Polynomial_decays() => NonIncreasing(Polynomial);

    [Property(MaxTest = 300)]
    public Property InverseTime_decays() => NonIncreasing(InverseTime);

    [Property(MaxTest = 300)]
    public Property Cosine_decays_within_TMax_and_rises_in_the_next_half_period() =>
        Prop.ForAll(Inside(Cosine, _ => 0, s => 2 * s.TMax).ToArbitrary(), c =>
        {
            var (s, t) = c;
            bool ok = t < s.TMax ? s.At(t + 1) <= s.At(t) : s.At(t + 1) >= s.At(t);
            return ok.Label($"{s.Name}: At({t}) = {s.At(t):R}, At({t + 1}) = {s.At(t + 1):R}");
        });

    [Property(MaxTest = 300)]
    public Property CosineWarmRestarts_decays_within_a_cycle() =>
        NonIncreasing(WarmRestarts, (s, t) => s.Position(t + 1).StepsSinceRestart > 0);

    [Property(MaxTest = 300)]
    public Property InverseSqrt_warms_up_then_decays() =>
        Prop.ForAll(Inside(InverseSqrt, _ => 0, s => 3 * s.WarmupSteps).ToArbitrary(), c =>
        {
            var (s, t) = c;
            bool ok = t < s.WarmupSteps ? s.At(t + 1) >= s.At(t) : s.At(t + 1) <= s.At(t);
            return ok.Label($"{s.Name}: At({t}) = {s.At(t):R}, At({t + 1}) = {s.At(t + 1):R}");
        });

    [Property(MaxTest = 300)]
    public Property InverseSqrt_decays_after_warmup_for_any_step() =>
        NonIncreasing(from s in InverseSqrt from t in Gen.Choose(s.WarmupSteps, int.MaxValue - 1) select (s, t));

    [Property(MaxTest = 300)]
    public Property WarmupStableDecay_rises_holds_then_falls() =>
        Prop.ForAll(Inside(WarmupStableDecay, _ => 0, s => s.TotalSteps + 5).ToArbitrary(), c =>
        {
            var (s, t) = c;
            bool ok = t < s.WarmupSteps ? s.At(t + 1) >= s.At(t)
                : t + 1 < s.CooldownStart ? s.At(t + 1) == s.At(t)
                : s.At(t + 1) <= s.At(t);
            return ok.Label($"{s.Name}: At({t}) = {s.At(t):R}, At({t + 1}) = {s.At(t + 1):R}");
        });

    [Property(MaxTest = 300)]
    public Property Linear_warmup_rises() => NonDecreasing(Ramp(rising: true));

    [Property(MaxTest = 300)]
    public Property Linear_decay_falls() => NonIncreasing(Ramp(rising: false));

    [Property(MaxTest = 300)]
    public Property ConstantWarmup_rises() => NonDecreasing(ConstantWarmup);

    [Property(MaxTest = 300)]
    public Property OneCycle_rises_to_its_peak_then_falls() =>
        Prop.ForAll(Inside(OneCycle, _ => 0, s => s.TotalSteps + 5).ToArbitrary(), c =>
        {
            var (s, t) = c;
            double peak = s.PctStart * s.TotalSteps - 1;   // end of the up phase (PyTorch's e1)
            double trough = s.ThreePhase ? 2 * peak : double.PositiveInfinity;
            bool ok = t + 1 <= peak ? s.At(t + 1) >= s.At(t)
                : t >= Math.Ceiling(peak) && t + 1 <= trough ? s.At(t + 1) <= s.At(t)
                : t >= Math.Ceiling(trough) ? s.At(t + 1) <= s.At(t)
                : true; // the step that straddles a phase end
            return ok.Label($"{s.Name}: At({t}) = {s.At(t):R}, At({t + 1}) = {s.At(t + 1):R}");
        });
}
