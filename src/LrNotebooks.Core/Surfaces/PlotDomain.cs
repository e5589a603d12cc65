namespace LrNotebooks.Core.Surfaces;

/// <summary>A rectangular plotting domain.</summary>
public sealed record PlotDomain(double XMin, double XMax, double YMin, double YMax);
