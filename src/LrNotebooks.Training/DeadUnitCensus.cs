using System.Globalization;

namespace LrNotebooks.Training;

/// <summary>
/// How many hidden ReLU units of a trained network are dead on a data set: their pre-activation is &lt;= 0 for
/// every row, so they output 0 and pass no gradient back, whatever the input. A network whose hidden units are
/// all dead predicts the same class for every image. Made by <see cref="DeadUnits.Census"/>.
/// </summary>
/// <param name="DeadPerLayer">Dead units of each hidden layer, first hidden layer first (empty for softmax regression).</param>
/// <param name="UnitsPerLayer">Units of each hidden layer, in the same order.</param>
public sealed record DeadUnitCensus(IReadOnlyList<int> DeadPerLayer, IReadOnlyList<int> UnitsPerLayer)
{
    /// <summary>Dead hidden units over all hidden layers.</summary>
    public int Dead => DeadPerLayer.Sum();

    /// <summary>Hidden units over all hidden layers (0 for softmax regression).</summary>
    public int Total => UnitsPerLayer.Sum();

    /// <summary><see cref="Dead"/> / <see cref="Total"/>, in [0, 1]; 0 when the network has no hidden units.</summary>
    public double Fraction => Total == 0 ? 0 : (double)Dead / Total;

    /// <summary>E.g. <c>32 of 32 hidden units dead</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Dead} of {Total} hidden units dead");
}
