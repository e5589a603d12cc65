namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Cosine annealing with warm restarts (SGDR): cosine from <c>lr</c> towards <c>minLr</c> over a cycle of
/// <c>T_i</c> steps, then a jump back to <c>lr</c>; the first cycle has <c>T_0 = t0</c> steps and each
/// next one is <c>tMult</c> times longer:
/// <c>lr(t) = minLr + (lr − minLr) · (1 + cos(π T_cur / T_i)) / 2</c>, where <c>T_cur</c> is the number of
/// steps since the last restart.
/// </summary>
/// <remarks>
/// <para>
/// Paper: Loshchilov &amp; Hutter 2017, "SGDR: Stochastic Gradient Descent with Warm Restarts", ICLR.
/// Restarts happen at <c>t = t0·(1 + tMult + … + tMult^(k−1))</c>; within a cycle <c>T_cur &lt; T_i</c>, so
/// <c>minLr</c> itself is approached but not reached.
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(T_0, T_mult, eta_min)</c> (values equal
/// to 1e-12 relative; PyTorch also requires an integer <c>T_mult &gt;= 1</c>).
/// Keras: <c>CosineDecayRestarts(lr, first_decay_steps=t0, t_mul=tMult, m_mul=1, alpha=minLr/lr)</c>
/// (Keras also allows a fractional <c>t_mul</c> and a peak decay <c>m_mul</c>, which are not provided here).
/// Optax: <c>sgdr_schedule</c> with equal cycles and no warm-up.
/// </para>
/// </remarks>
public sealed record CosineWarmRestartsSchedule : Schedule
{
    /// <summary>Creates a warm-restarts schedule; prefer <see cref="Schedule.CosineWarmRestarts"/>.</summary>
    /// <param name="lr">The learning rate at each restart, finite and &gt;= 0.</param>
    /// <param name="t0">The length of the first cycle in steps, &gt;= 1.</param>
    /// <param name="tMult">The growth factor of the cycle length, an integer &gt;= 1.</param>
    /// <param name="minLr">The minimum learning rate, in [0, <paramref name="lr"/>].</param>
    public CosineWarmRestartsSchedule(double lr, int t0, int tMult = 1, double minLr = 0)
    {
        LearningRate = Guard.NonNegative(lr);
        T0 = Guard.AtLeast(t0, 1);
        TMult = Guard.AtLeast(tMult, 1);
        MinLearningRate = Guard.InRange(minLr, 0, lr);
    }

    /// <summary>The learning rate at each restart (<c>eta_max</c>).</summary>
    public double LearningRate { get; }

    /// <summary>The length of the first cycle (<c>T_0</c>).</summary>
    public int T0 { get; }

    /// <summary>The cycle-length growth factor (<c>T_mult</c>).</summary>
    public int TMult { get; }

    /// <summary>The floor approached at the end of each cycle (<c>eta_min</c>).</summary>
    public double MinLearningRate { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        var (tCur, tI) = Position(step);
        // Same operation order as PyTorch's get_lr.
        return MinLearningRate + (LearningRate - MinLearningRate) * (1 + Math.Cos(Math.PI * tCur / tI)) / 2;
    }

    /// <summary>The steps since the last restart (<c>T_cur</c>) and the current cycle length (<c>T_i</c>) at <paramref name="step"/>.</summary>
    public (long StepsSinceRestart, long CycleLength) Position(int step)
    {
        CheckStep(step);
        if (TMult == 1) return (step % T0, T0);
        // Cycles at least double, so this loop runs at most ~31 times; long avoids overflow of T_i.
        long tCur = step, tI = T0;
        while (tCur >= tI)
        {
            tCur -= tI;
            tI *= TMult;
        }
        return (tCur, tI);
    }

    /// <inheritdoc />
    public override string Name =>
        $"cosine-restarts(lr={ScheduleText.Short(LearningRate)}, T_0={T0}, T_mult={TMult}{(MinLearningRate > 0 ? $", min_lr={ScheduleText.Short(MinLearningRate)}" : "")})";
}
