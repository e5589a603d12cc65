namespace LrNotebooks.Core.Running;

/// <summary>
/// Settings of one <see cref="Descent.Run(Surfaces.Surface, Optimizers.Optimizer, double[], RunOptions?)"/> call.
/// Every property is validated when it is set (also in <c>with</c> expressions).
/// </summary>
/// <example><code>new RunOptions { Steps = 200, Tolerance = 1e-8, GradientNoise = 0.5, Seed = 7 }</code></example>
public sealed record RunOptions
{
    private readonly int _steps = 100;
    private readonly double _tolerance;
    private readonly double _gradientNoise;
    private readonly double _divergenceFactor = 1e6;
    private readonly string? _label;

    /// <summary>The number of optimizer steps to take, &gt;= 0 (default 100).</summary>
    public int Steps
    {
        get => _steps;
        init => _steps = Guard.AtLeast(value, 0, nameof(Steps));
    }

    /// <summary>
    /// Convergence tolerance on the optimality gap, finite and &gt;= 0 (default 0 = no convergence test): the run
    /// counts as converged at the first iterate k with f(x_k) − f* &lt;= Tolerance (f* = the surface's global minimum value).
    /// </summary>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = Guard.NonNegative(value, nameof(Tolerance));
    }

    /// <summary>Whether to stop at the first converged iterate instead of taking all <see cref="Steps"/> (default false).</summary>
    public bool StopAtConvergence { get; init; }

    /// <summary>
    /// Standard deviation σ of the Gaussian noise added to each gradient component the optimizer sees, finite and
    /// &gt;= 0 (default 0 = exact gradients). Imitates mini-batch gradients: g̃ = ∇f(x) + σ ξ, ξ ~ N(0, I).
    /// </summary>
    public double GradientNoise
    {
        get => _gradientNoise;
        init => _gradientNoise = Guard.NonNegative(value, nameof(GradientNoise));
    }

    /// <summary>Seed of the gradient noise (any integer, default 0); the same seed gives bit-identical runs on every machine.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Divergence threshold, finite and &gt; 1 (default 1e6): the run is stopped as diverged when
    /// f(x_k) − f* &gt; DivergenceFactor · max(1, f(x_0) − f*), or as soon as anything becomes non-finite.
    /// </summary>
    public double DivergenceFactor
    {
        get => _divergenceFactor;
        init
        {
            if (!double.IsFinite(value) || value <= 1)
                throw new ArgumentOutOfRangeException(nameof(DivergenceFactor), value,
                    $"DivergenceFactor must be a finite number > 1 (allowed range (1, +inf)), but was {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
            _divergenceFactor = value;
        }
    }

    /// <summary>The trajectory's legend label; null (default) uses the optimizer's name. Must not be empty or blank.</summary>
    public string? Label
    {
        get => _label;
        init
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
                throw new ArgumentException("Label must be null (use the optimizer's name) or a non-blank text.", nameof(Label));
            _label = value;
        }
    }
}
