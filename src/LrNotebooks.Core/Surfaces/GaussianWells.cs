using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// A landscape of Gaussian wells on a gentle bowl:
/// f(x) = −Σᵢ dᵢ exp(−|x − cᵢ|² / (2 sᵢ²)) + (q/2) |x|².
/// With δᵢ = x − cᵢ and eᵢ = dᵢ exp(−|δᵢ|²/(2sᵢ²)): ∇f = Σᵢ eᵢ δᵢ / sᵢ² + q x and
/// ∇²f = Σᵢ eᵢ (I / sᵢ² − δᵢ δᵢᵀ / sᵢ⁴) + q I.
/// Several local minima and one global one: the setting where a small learning rate settles in the nearest well
/// and a larger one (or noise) can escape to a better one.
/// </summary>
/// <remarks>
/// The wells overlap and the bowl shifts them, so the minima are not exactly at the centres: they are found at
/// construction by a damped Newton descent from every centre and from a 20 x 20 grid over the plotting domain,
/// polished with Newton's method to round-off, and <see cref="Minima"/> lists every strict local minimum inside the
/// plotting domain. The default landscape (<see cref="Surface.GaussianWells()"/>) has three: the global one near
/// (1.5, 1) with f ≈ −1.452 and local ones near (−0.9, −0.45) with f ≈ −0.943 and near (1.7, −1.5) with f ≈ −0.537
/// (exact values: see the README in this folder).
/// </remarks>
public sealed record GaussianWells : Surface
{
    private readonly GaussianWell[] _wells;
    private readonly SurfaceMinimum[] _minima;

    /// <summary>Creates the landscape.</summary>
    /// <param name="wells">The wells, at least one.</param>
    /// <param name="bowl">The bowl's curvature q, finite and &gt;= 0 (0 = no bowl; f → 0 far away).</param>
    /// <param name="domain">The plotting domain; null = the box around the centres ± 3 widths. Minima are searched inside it.</param>
    public GaussianWells(IEnumerable<GaussianWell> wells, double bowl = 0, PlotDomain? domain = null)
    {
        ArgumentNullException.ThrowIfNull(wells);
        _wells = wells.ToArray();
        Guard.NotEmpty<GaussianWell>(_wells, nameof(wells));
        if (_wells.Any(w => w is null)) throw new ArgumentException("wells must not contain null.", nameof(wells));
        Bowl = Guard.NonNegative(bowl);
        Domain = domain ?? new PlotDomain(
            _wells.Min(w => w.X - 3 * w.Width), _wells.Max(w => w.X + 3 * w.Width),
            _wells.Min(w => w.Y - 3 * w.Width), _wells.Max(w => w.Y + 3 * w.Width));
        CheckDomain(Domain);

        const int grid = 20;
        var d = Domain;
        var starts = _wells.Select(w => new[] { w.X, w.Y }).Concat(
            from i in Enumerable.Range(0, grid)
            from j in Enumerable.Range(0, grid)
            select new[] { d.XMin + (d.XMax - d.XMin) * i / (grid - 1), d.YMin + (d.YMax - d.YMin) * j / (grid - 1) });
        var found = LocalMinimizer.Search(this, starts, m =>
            m[0] >= d.XMin && m[0] <= d.XMax && m[1] >= d.YMin && m[1] <= d.YMax);
        if (found.Count == 0)
            throw new ArgumentException("domain must contain at least one minimum of the landscape, but none was found inside it.", nameof(domain));
        _minima = SurfaceMath.Rank(found);
    }

    /// <summary>The wells.</summary>
    public IReadOnlyList<GaussianWell> Wells => _wells;

    /// <summary>The bowl's curvature q.</summary>
    public double Bowl { get; }

    /// <inheritdoc />
    public override string Name => Bowl == 0
        ? string.Create(CultureInfo.InvariantCulture, $"Gaussian wells ({_wells.Length})")
        : string.Create(CultureInfo.InvariantCulture, $"Gaussian wells ({_wells.Length}, q={Bowl:G4})");

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        // No bowl term at all when q = 0: far out 0 · ∞ would be NaN where the landscape is flat.
        double f = Bowl == 0 ? 0 : 0.5 * Bowl * (x[0] * x[0] + x[1] * x[1]);
        foreach (var w in _wells)
        {
            double dx = x[0] - w.X, dy = x[1] - w.Y;
            f -= w.Depth * Math.Exp(-(dx * dx + dy * dy) / (2 * w.Width * w.Width));
        }
        return f;
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        double gx = Bowl * x[0], gy = Bowl * x[1];
        foreach (var w in _wells)
        {
            double dx = x[0] - w.X, dy = x[1] - w.Y, s2 = w.Width * w.Width;
            double e = w.Depth * Math.Exp(-(dx * dx + dy * dy) / (2 * s2)) / s2;
            gx += e * dx;
            gy += e * dy;
        }
        gradient[0] = gx;
        gradient[1] = gy;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        double hxx = Bowl, hxy = 0, hyy = Bowl;
        foreach (var w in _wells)
        {
            double dx = x[0] - w.X, dy = x[1] - w.Y, s2 = w.Width * w.Width;
            double e = w.Depth * Math.Exp(-(dx * dx + dy * dy) / (2 * s2)) / s2;
            if (e == 0) continue; // far from the well (0 · ∞ would be NaN)
            hxx += e * (1 - dx * dx / s2);
            hxy -= e * dx * dy / s2;
            hyy += e * (1 - dy * dy / s2);
        }
        return SurfaceMath.Hessian2(hxx, hxy, hyy);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => SurfaceMath.Copy(_minima);

    /// <inheritdoc />
    public override PlotDomain Domain { get; }

    /// <summary>Equal when the wells (in order), the bowl and the domain are equal.</summary>
    public bool Equals(GaussianWells? other) =>
        other is not null && _wells.SequenceEqual(other._wells) && Bowl.Equals(other.Bowl) && Domain.Equals(other.Domain);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_wells.Length, _wells[0], Bowl, Domain);

    private static void CheckDomain(PlotDomain domain)
    {
        if (!(double.IsFinite(domain.XMin) && double.IsFinite(domain.XMax) && domain.XMin < domain.XMax
              && double.IsFinite(domain.YMin) && double.IsFinite(domain.YMax) && domain.YMin < domain.YMax))
            throw new ArgumentException($"domain must be finite with XMin < XMax and YMin < YMax, but was {domain}.", nameof(domain));
    }
}
