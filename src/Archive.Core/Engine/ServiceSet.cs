namespace Archive.Core.Engine;

/// <summary>
/// The services a build shares with its modules, each registered under the type it is asked for. Built-in modules
/// read one typed object (the build's <c>BuildContext</c>); a user's module adds its own service next to it.
/// A lookup is by exact type, never by "the first that happens to be assignable".
/// </summary>
public sealed class ServiceSet
{
    private readonly Dictionary<Type, object> _services = [];

    /// <summary>Registers <paramref name="service"/> as the <typeparamref name="T"/> of the build; a second one of the same type is a bug.</summary>
    public ServiceSet Add<T>(T service)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!_services.TryAdd(typeof(T), service))
        {
            throw new ArgumentException($"A service of type {typeof(T).Name} is registered twice.", nameof(service));
        }

        return this;
    }

    /// <summary>Registers <paramref name="service"/> under its runtime type (for services added without a static type).</summary>
    public ServiceSet Add(object service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!_services.TryAdd(service.GetType(), service))
        {
            throw new ArgumentException($"A service of type {service.GetType().Name} is registered twice.", nameof(service));
        }

        return this;
    }

    public T? Find<T>()
        where T : class =>
        _services.TryGetValue(typeof(T), out var service) ? (T)service : null;
}
