namespace LrNotebooks.Core.Schedules;

/// <summary>
/// The one-cycle policy: warm up from <c>maxLr / divFactor</c> to <c>maxLr</c> during the first
/// <c>pctStart</c> of <c>totalSteps</c>, then anneal down to <c>maxLr / (divFactor · finalDivFactor)</c>
/// at step <c>totalSteps − 1</c> (the last step of the cycle).
/// </summary>
/// <remarks>
/// <para>
/// Paper: Smith &amp; Topin 2019, "Super-Convergence: Very Fast Training of Neural Networks Using Large
/// Learning Rates" (SPIE; arXiv 1708.07120). The paper's three phases (up, symmetric down to the initial rate,
/// then a short annihilation) are <c>threePhase: true</c>; the default two phases follow fastai.
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.OneCycleLR(max_lr, total_steps, pct_start, anneal_strategy,
/// div_factor, final_div_factor, three_phase)</c> (learning rates only; momentum cycling is an optimizer
/// concern). Values equal PyTorch 1.13 to 1e-12 relative for <c>0 &lt;= t &lt; totalSteps</c>, with the same
/// phase ends: <c>e1 = pctStart·T − 1</c>, then <c>T − 1</c> (two phases) or <c>e2 = 2·pctStart·T − 2</c> and
/// <c>T − 1</c> (three phases); within a phase from <c>s</c> to <c>e</c>, <c>pct = (t − s)/(e − s)</c>.
/// Differences, all outside what PyTorch can compute:
/// (1) PyTorch raises for <c>t &gt; totalSteps</c> and at <c>t = totalSteps</c> extrapolates the last phase
/// past its end (slightly above the minimum with cos, below it and possibly negative with linear); this
/// schedule holds the value of step <c>totalSteps − 1</c> for every <c>t &gt;= totalSteps</c>.
/// (2) When <c>pctStart·T = 1</c> exactly (e.g. <c>pctStart = 0.1, T = 10</c>) the first phase has length 0
/// and PyTorch raises <c>ZeroDivisionError</c>; here a zero-length phase is at its start value (the limit
/// of a phase shrinking to length 0), so step 0 uses <c>maxLr / divFactor</c>.
/// </para>
/// <para>
/// Optax: <c>cosine_onecycle_schedule(T, peak, pct_start, div_factor, final_div_factor)</c> and
/// <c>linear_onecycle_schedule</c> are close relatives that put the phase ends at <c>int(pct_start·T)</c> and
/// <c>T</c> instead of <c>pct_start·T − 1</c> and <c>T − 1</c>. Keras: none.
/// </para>
/// </remarks>
public sealed record OneCycleSchedule : Schedule
{
    /// <summary>Creates a one-cycle schedule; prefer <see cref="Schedule.OneCycle"/>.</summary>
    /// <param name="maxLr">The peak learning rate, finite and &gt; 0.</param>
    /// <param name="totalSteps">The length of the cycle in steps, &gt;= 1.</param>
    /// <param name="pctStart">The fraction of the cycle spent warming up, in (0, 1); in (0, 0.5] when <paramref name="threePhase"/> (up and down take <c>pctStart</c> each).</param>
    /// <param name="divFactor">The initial rate is <c>maxLr / divFactor</c>; finite and &gt;= 1.</param>
    /// <param name="finalDivFactor">The final rate is <c>maxLr / (divFactor · finalDivFactor)</c>; finite and &gt;= 1.</param>
    /// <param name="anneal">Cosine or linear interpolation within each phase.</param>
    /// <param name="threePhase">Use the paper's three phases instead of fastai's two.</param>
    public OneCycleSchedule(double maxLr, int totalSteps, double pctStart = 0.3, double divFactor = 25,
        double finalDivFactor = 1e4, OneCycleAnneal anneal = OneCycleAnneal.Cos, bool threePhase = false)
    {
        MaxLearningRate = Guard.Positive(maxLr);
        TotalSteps = Guard.AtLeast(totalSteps, 1);
        PctStart = Guard.InRange(pctStart, 0, threePhase ? 0.5 : 1, minInclusive: false, maxInclusive: threePhase);
        DivFactor = Guard.AtLeast(divFactor, 1);
        FinalDivFactor = Guard.AtLeast(finalDivFactor, 1);
        Anneal = Guard.Defined(anneal);
        ThreePhase = threePhase;

        // Same arithmetic as PyTorch's constructor.
        InitialLearningRate = MaxLearningRate / DivFactor;
        MinLearningRate = InitialLearningRate / FinalDivFactor;
        _phases = threePhase
            ?
            [
                new Phase(PctStart * TotalSteps - 1, InitialLearningRate, MaxLearningRate),
                new Phase(2 * PctStart * TotalSteps - 2, MaxLearningRate, InitialLearningRate),
                new Phase(TotalSteps - 1, InitialLearningRate, MinLearningRate),
            ]
            :
            [
                new Phase(PctStart * TotalSteps - 1, InitialLearningRate, MaxLearningRate),
                new Phase(TotalSteps - 1, MaxLearningRate, MinLearningRate),
            ];
    }

    private readonly Phase[] _phases;

    /// <summary>The peak learning rate.</summary>
    public double MaxLearningRate { get; }

    /// <summary>The length of the cycle in steps.</summary>
    public int TotalSteps { get; }

    /// <summary>The fraction of the cycle spent warming up.</summary>
    public double PctStart { get; }

    /// <summary>The ratio of the peak to the initial rate.</summary>
    public double DivFactor { get; }

    /// <summary>The ratio of the initial to the final rate.</summary>
    public double FinalDivFactor { get; }

    /// <summary>The interpolation within each phase.</summary>
    public OneCycleAnneal Anneal { get; }

    /// <summary>Whether the paper's three phases are used.</summary>
    public bool ThreePhase { get; }

    /// <summary>The rate at step 0: <c>MaxLearningRate / DivFactor</c>.</summary>
    public double InitialLearningRate { get; }

    /// <summary>The rate at the end of the cycle: <c>InitialLearningRate / FinalDivFactor</c>.</summary>
    public double MinLearningRate { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        // Beyond the cycle PyTorch raises (or extrapolates at t = T); hold the last value instead.
        double t = Math.Min(step, TotalSteps - 1);
        double start = 0;
        for (int i = 0; i < _phases.Length; i++)
        {
            var phase = _phases[i];
            if (t <= phase.EndStep || i == _phases.Length - 1)
            {
                double length = phase.EndStep - start;
                double pct = length == 0 ? 0 : (t - start) / length;
                return Interpolate(phase.StartLr, phase.EndLr, pct);
            }
            start = phase.EndStep;
        }
        throw new InvalidOperationException("unreachable: the last phase always matches");
    }

    private double Interpolate(double start, double end, double pct)
    {
        // PyTorch's arithmetic; the clamp only removes its rounding overshoot at the end points (e.g. linear
        // (end − start)·1 + start can land an ulp of start below end, far below end relatively when end ≪ start).
        double value = Anneal == OneCycleAnneal.Cos
            ? end + (start - end) / 2.0 * (Math.Cos(Math.PI * pct) + 1)
            : (end - start) * pct + start;
        return Math.Clamp(value, Math.Min(start, end), Math.Max(start, end));
    }

    /// <inheritdoc />
    public override string Name =>
        $"one-cycle(max_lr={ScheduleText.Short(MaxLearningRate)}, T={TotalSteps}, pct_start={ScheduleText.Short(PctStart)}, {(Anneal == OneCycleAnneal.Cos ? "cos" : "linear")}{(ThreePhase ? ", three-phase" : "")})";

    /// <summary>Equal when every parameter is equal (the phases follow from them).</summary>
    public bool Equals(OneCycleSchedule? other) =>
        other is not null && MaxLearningRate.Equals(other.MaxLearningRate) && TotalSteps == other.TotalSteps
        && PctStart.Equals(other.PctStart) && DivFactor.Equals(other.DivFactor) && FinalDivFactor.Equals(other.FinalDivFactor)
        && Anneal == other.Anneal && ThreePhase == other.ThreePhase;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(MaxLearningRate, TotalSteps, PctStart, DivFactor, FinalDivFactor, Anneal, ThreePhase);

    private readonly record struct Phase(double EndStep, double StartLr, double EndLr);
}
