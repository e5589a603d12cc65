using System.Globalization;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// One well of <see cref="GaussianWells"/>: the term −d exp(−|x − c|² / (2 s²)), a dip of depth d and width s
/// centred at c = (X, Y).
/// </summary>
public sealed record GaussianWell
{
    /// <summary>Creates a well.</summary>
    /// <param name="x">Centre x coordinate, finite.</param>
    /// <param name="y">Centre y coordinate, finite.</param>
    /// <param name="depth">Depth d, finite and &gt; 0.</param>
    /// <param name="width">Width (standard deviation) s, finite and &gt; 0.</param>
    public GaussianWell(double x, double y, double depth, double width)
    {
        X = Guard.Finite(x);
        Y = Guard.Finite(y);
        Depth = Guard.Positive(depth);
        Width = Guard.Positive(width);
    }

    /// <summary>Centre x coordinate.</summary>
    public double X { get; }

    /// <summary>Centre y coordinate.</summary>
    public double Y { get; }

    /// <summary>Depth d.</summary>
    public double Depth { get; }

    /// <summary>Width s.</summary>
    public double Width { get; }

    /// <summary>E.g. <c>well at (1.5, 1) depth 1.6 width 0.45</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"well at ({X:G4}, {Y:G4}) depth {Depth:G4} width {Width:G4}");
}
