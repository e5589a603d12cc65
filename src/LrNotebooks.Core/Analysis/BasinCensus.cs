namespace LrNotebooks.Core.Analysis;

/// <summary>
/// Where the runs from a grid of starts ended for one learning rate, compared with a reference (small) rate.
/// </summary>
/// <param name="LearningRate">The learning rate of these runs.</param>
/// <param name="Starts">How many starts were run.</param>
/// <param name="InGlobal">Runs that ended at a global minimum.</param>
/// <param name="InLocal">Runs that ended at a listed non-global minimum.</param>
/// <param name="Elsewhere">Runs that ended at neither (still moving, bouncing inside a well, or diverged).</param>
/// <param name="Diverged">Runs (among <paramref name="Elsewhere"/>) that diverged.</param>
/// <param name="Trapped">Starts whose reference-rate run ended at a non-global minimum (the same count on every row).</param>
/// <param name="Escaped">Trapped starts whose run at this learning rate ended at a global minimum.</param>
public sealed record BasinCensus(double LearningRate, int Starts, int InGlobal, int InLocal, int Elsewhere, int Diverged, int Trapped, int Escaped)
{
    /// <summary>Escaped / Trapped (0 when nothing was trapped).</summary>
    public double EscapeFraction => Trapped == 0 ? 0 : (double)Escaped / Trapped;

    /// <summary>InGlobal / Starts.</summary>
    public double GlobalFraction => Starts == 0 ? 0 : (double)InGlobal / Starts;

    /// <summary>A one-line summary, e.g. <c>η = 0.6: 64/81 global, 16 local, 1 elsewhere; escaped 24 of 41 trapped (58.5%)</c>.</summary>
    public override string ToString() =>
        $"η = {Numbers.Format(LearningRate)}: {InGlobal}/{Starts} global, {InLocal} local, {Elsewhere} elsewhere; escaped {Escaped} of {Trapped} trapped ({Numbers.Percent(EscapeFraction)})";
}
