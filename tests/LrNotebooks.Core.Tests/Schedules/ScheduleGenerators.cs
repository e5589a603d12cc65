using FsCheck;
using FsCheck.Fluent;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>FsCheck generators of valid schedule parameters and of steps (small and up to int.MaxValue).</summary>
public static class ScheduleGenerators
{
    /// <summary>A learning rate, log-uniform in [1e-6, 10], sometimes exactly 0.</summary>
    public static readonly Gen<double> Lr = Gen.OneOf(
        Gen.Choose(-6000, 1000).Select(k => Math.Pow(10, k / 1000.0)),
        Gen.Choose(-6000, 1000).Select(k => Math.Pow(10, k / 1000.0)),
        Gen.Choose(-6000, 1000).Select(k => Math.Pow(10, k / 1000.0)),
        Gen.Constant(0.0));

    /// <summary>A number in [0, 1] with 10^6 + 1 levels, ends included.</summary>
    public static readonly Gen<double> UnitClosed = Gen.Choose(0, 1_000_000).Select(k => k / 1e6);

    /// <summary>A decay factor in (0, 1].</summary>
    public static readonly Gen<double> Gamma = Gen.OneOf(Gen.Choose(1, 1_000_000).Select(k => k / 1e6), Gen.Constant(1.0));

    /// <summary>A period or length in steps.</summary>
    public static readonly Gen<int> Length = Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 5000));

    /// <summary>A step: mostly small, sometimes anywhere up to int.MaxValue, sometimes int.MaxValue itself.</summary>
    public static readonly Gen<int> Step = Gen.OneOf(
        Gen.Choose(0, 1000), Gen.Choose(0, 1000), Gen.Choose(0, 100_000), Gen.Choose(0, int.MaxValue - 1), Gen.Constant(int.MaxValue));

    public static readonly Gen<StepSchedule> StepDecay =
        from lr in Lr from size in Length from gamma in Gamma select Schedule.Step(lr, size, gamma);

    public static readonly Gen<MultiStepSchedule> MultiStep =
        from lr in Lr
        from gaps in Gen.ArrayOf(Gen.Choose(1, 500))
        from first in Gen.Choose(-1, 100) // -1 + a gap of 1 gives milestone 0
        from gamma in Gamma
        select Schedule.MultiStep(lr, Cumulative(first, gaps), gamma);

    public static readonly Gen<ExponentialSchedule> Exponential =
        from lr in Lr from gamma in Gamma select Schedule.Exponential(lr, gamma);

    public static readonly Gen<CosineSchedule> Cosine =
        from lr in Lr from tMax in Length from m in UnitClosed select Schedule.Cosine(lr, tMax, m * lr);

    public static readonly Gen<CosineWarmRestartsSchedule> WarmRestarts =
        from lr in Lr from t0 in Length from tMult in Gen.OneOf(Gen.Constant(1), Gen.Choose(1, 4), Gen.Choose(1, int.MaxValue))
        from m in UnitClosed
        select Schedule.CosineWarmRestarts(lr, t0, tMult, m * lr);

    public static readonly Gen<LinearSchedule> Linear =
        from lr in Lr from start in UnitClosed from end in UnitClosed from total in Length
        select Schedule.Linear(lr, start, end, total);

    public static readonly Gen<ConstantWarmupSchedule> ConstantWarmup =
        from lr in Lr from factor in UnitClosed from total in Length select Schedule.ConstantWarmup(lr, factor, total);

    public static readonly Gen<PolynomialSchedule> Polynomial =
        from lr in Lr from total in Length from power in Gen.Choose(1, 5000).Select(k => k / 1000.0) from end in UnitClosed
        select Schedule.Polynomial(lr, total, power, end * lr);

    public static readonly Gen<InverseTimeSchedule> InverseTime =
        from lr in Lr from rate in Gen.Choose(0, 100_000).Select(k => k / 1000.0) from steps in Length
        from staircase in Gen.Elements(false, true)
        select Schedule.InverseTime(lr, rate, steps, staircase);

    public static readonly Gen<InverseSqrtSchedule> InverseSqrt =
        from lr in Lr from warmup in Length select Schedule.InverseSqrt(lr, warmup);

    public static readonly Gen<WarmupStableDecaySchedule> WarmupStableDecay =
        from lr in Lr from total in Length from cooldownFraction in UnitClosed from warmupFraction in UnitClosed
        from shape in Gen.Elements(CooldownShape.Linear, CooldownShape.OneMinusSqrt, CooldownShape.Cosine)
        from m in UnitClosed from start in UnitClosed
        let cooldown = Math.Max(1, (int)(cooldownFraction * total))
        let warmup = (int)(warmupFraction * (total - cooldown))
        select Schedule.WarmupStableDecay(lr, total, cooldown, warmup, shape, m * lr, start);

    public static readonly Gen<OneCycleSchedule> OneCycle =
        from maxLr in Lr.Where(lr => lr > 0)
        from total in Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, 100_000))
        from threePhase in Gen.Elements(false, true)
        from pct in Gen.Choose(1, threePhase ? 500 : 999).Select(k => k / 1000.0)
        from div in Gen.Choose(1000, 100_000).Select(k => k / 1000.0)
        from finalDiv in Gen.Choose(1000, 10_000_000).Select(k => k / 1000.0)
        from anneal in Gen.Elements(OneCycleAnneal.Cos, OneCycleAnneal.Linear)
        select Schedule.OneCycle(maxLr, total, pct, div, finalDiv, anneal, threePhase);

    public static readonly Gen<CyclicSchedule> Cyclic =
        from baseLr in Lr from ratio in UnitClosed from up in Length from down in Length
        from mode in Gen.Elements(CyclicMode.Triangular, CyclicMode.Triangular2, CyclicMode.ExpRange)
        from gamma in Gamma
        select Schedule.Cyclic(baseLr * ratio, baseLr, up, down, mode, gamma);

    /// <summary>Any schedule except a sequence.</summary>
    public static readonly Gen<Schedule> Simple = Gen.OneOf(
        StepDecay.Select(s => (Schedule)s), MultiStep.Select(s => (Schedule)s), Exponential.Select(s => (Schedule)s),
        Cosine.Select(s => (Schedule)s), WarmRestarts.Select(s => (Schedule)s), Linear.Select(s => (Schedule)s),
        ConstantWarmup.Select(s => (Schedule)s), Polynomial.Select(s => (Schedule)s), InverseTime.Select(s => (Schedule)s),
        InverseSqrt.Select(s => (Schedule)s), OneCycle.Select(s => (Schedule)s), Cyclic.Select(s => (Schedule)s),
        WarmupStableDecay.Select(s => (Schedule)s),
        Lr.Select(lr => (Schedule)Schedule.Constant(lr)));

    public static readonly Gen<SequenceSchedule> Sequence =
        from count in Gen.Choose(1, 5)
        from members in Gen.ArrayOf(Simple, count)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 300), members.Length - 1)
        select Schedule.Sequence(members, Cumulative(0, gaps));

    /// <summary>Any schedule, sequences included.</summary>
    public static readonly Gen<Schedule> Any = Gen.OneOf(Simple, Simple, Simple, Sequence.Select(s => (Schedule)s));

    /// <summary>A schedule paired with a step.</summary>
    public static Arbitrary<(T Schedule, int Step)> WithStep<T>(Gen<T> schedules) =>
        (from s in schedules from t in Step select (s, t)).ToArbitrary();

    /// <summary>start + gaps[0], start + gaps[0] + gaps[1], ...: strictly increasing for positive gaps.</summary>
    private static int[] Cumulative(int start, int[] gaps)
    {
        var result = new int[gaps.Length];
        for (int i = 0, sum = start; i < gaps.Length; i++) result[i] = sum += gaps[i];
        return result;
    }
}
