using System.Globalization;

namespace LrNotebooks.Training;

/// <summary>How far a sweep has got, as reported by <see cref="SweepRunner.Run"/>.</summary>
/// <param name="Completed">Trainings finished so far, in [0, <paramref name="Total"/>].</param>
/// <param name="Total">Trainings in the grid.</param>
/// <param name="Elapsed">Wall-clock time since the sweep started.</param>
public sealed record SweepProgress(int Completed, int Total, TimeSpan Elapsed)
{
    /// <summary>Whether every training has finished.</summary>
    public bool Done => Completed == Total;

    /// <summary><see cref="Completed"/> / <see cref="Total"/>, in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1 : (double)Completed / Total;

    /// <summary>E.g. <c>trained 12 of 24 networks (2.1 s)</c>, or <c>trained all 24 networks in 4.0 s</c> when done.</summary>
    public override string ToString() => Done
        ? string.Create(CultureInfo.InvariantCulture, $"trained all {Total} networks in {Elapsed.TotalSeconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"trained {Completed} of {Total} networks ({Elapsed.TotalSeconds:0.0} s)");
}
