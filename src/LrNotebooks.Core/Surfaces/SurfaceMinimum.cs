namespace LrNotebooks.Core.Surfaces;

/// <summary>A known local or global minimum of a surface.</summary>
/// <param name="Location">Its coordinates.</param>
/// <param name="Value">f at the minimum.</param>
/// <param name="IsGlobal">Whether it is a global minimum.</param>
public sealed record SurfaceMinimum(double[] Location, double Value, bool IsGlobal);
