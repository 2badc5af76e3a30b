/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.plugins;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The third-party plug-ins of the running product, installed, listed and removed through p2 (the
 * platform's provisioning system), so that the product's p2 profile, {@code bundles.info} and
 * {@code plugins/} folder stay consistent: a plug-in's requirements are checked against the product
 * before anything is written, and an install that cannot complete changes nothing. Changes take
 * effect at the next start. Only units installed here are listed and can be removed; the product's
 * own are never touched.
 */
public final class PluginInstallation {

    private static final String BUNDLE = "org.miniana.plugins";
    /** The profile property that marks the root units installed as plug-ins. */
    static final String PLUGIN_PROPERTY = "org.miniana.plugin";
    private static final String BUNDLE_NAMESPACE = "osgi.bundle";
    private static final Set<String> SERVICE_BUNDLES = Set.of("org.eclipse.equinox.frameworkadmin.equinox",
            "org.eclipse.equinox.simpleconfigurator.manipulator");

    private final IProvisioningAgent agent;
    private final IProfileRegistry profiles;
    private final BundleContext context;

    private PluginInstallation(IProvisioningAgent agent, BundleContext context) {
        this.agent = agent;
        this.profiles = service(agent, IProfileRegistry.class);
        this.context = context;
    }

    /**
     * The installation the platform runs from.
     *
     * @throws CoreException when the platform was not installed by p2 (started from a development
     *         environment, for one), so it has no profile to change
     */
    public static PluginInstallation running() throws CoreException {
        BundleContext context = FrameworkUtil.getBundle(PluginInstallation.class).getBundleContext();
        startServiceBundles(context);
        IProvisioningAgent agent = currentAgent(context);
        PluginInstallation installation = new PluginInstallation(agent, context);
        installation.profile();
        return installation;
    }

    /** The plug-ins installed with {@link #install}, by id; no problems about their contributions. */
    public List<InstalledPlugin> list() throws CoreException {
        return list(bundle -> List.of());
    }

    /**
     * The plug-ins installed with {@link #install}, by id.
     *
     * @param contributionProblems for a bundle's symbolic name, why contributions of it cannot be
     *        used (the registries of the extension points know: a class that cannot be created, an
     *        id taken already)
     */
    public List<InstalledPlugin> list(Function<String, List<String>> contributionProblems) throws CoreException {
        IProfile profile = profile();
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit root : pluginRoots(profile)) {
            List<PluginBundle> bundles = bundlesOf(profile, root).stream()
                    .map(unit -> RuntimeState.of(context, unit.getId(), unit.getVersion().toString(),
                            contributionProblems.apply(unit.getId())))
                    .toList();
            plugins.add(new InstalledPlugin(root.getId(), root.getVersion().toString(), name(root), bundles));
        }
        return plugins;
    }

    /**
     * Installs plug-ins into the product, to be loaded at its next start.
     *
     * @param source a plug-in jar, a folder of plug-in jars, a p2 repository folder or zip, or a p2
     *        repository's URL; from a repository, the units of its categories are installed, else its
     *        features, else its bundles (source bundles left out)
     * @return what was installed
     * @throws CoreException naming the source and the problem (no such file, no plug-in in it, a
     *         requirement the product cannot meet, one installed already); nothing is changed then
     */
    public List<InstalledPlugin> install(String source, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + source, 10);
        Path published = null;
        URI repository;
        try {
            List<Path> jars = pluginFiles(source);
            if (jars.isEmpty()) {
                repository = repositoryOf(source);
            } else {
                published = Files.createTempDirectory("miniana-plugins-");
                publish(jars, published, progress.split(2));
                repository = published.toUri();
            }
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot read " + source + ": " + e.getMessage(), e));
        }
        IMetadataRepositoryManager metadata = service(agent, IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = service(agent, IArtifactRepositoryManager.class);
        boolean knownMetadata = metadata.contains(repository);
        boolean knownArtifacts = artifacts.contains(repository);
        try {
            IMetadataRepository units = metadata.loadRepository(repository, progress.split(2));
            IProfile profile = profile();
            List<IInstallableUnit> roots = installableRoots(units, profile);
            IPlanner planner = service(agent, IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(profile);
            for (IInstallableUnit root : roots) {
                request.add(root);
                request.setInstallableUnitProfileProperty(root, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
                request.setInstallableUnitProfileProperty(root, PLUGIN_PROPERTY, Boolean.TRUE.toString());
            }
            perform(planner, request, new URI[] { repository }, "Cannot install " + source, progress.split(6));
            return list().stream()
                    .filter(plugin -> roots.stream().anyMatch(root -> root.getId().equals(plugin.id()))).toList();
        } finally {
            // the source is not remembered as a repository of the product
            if (!knownMetadata) {
                metadata.removeRepository(repository);
            }
            if (!knownArtifacts) {
                artifacts.removeRepository(repository);
            }
            deleteQuietly(published);
        }
    }

    /**
     * Removes a plug-in installed with {@link #install}, and the bundles it brought that nothing else
     * needs; it is gone at the next start.
     *
     * @return what was removed
     * @throws CoreException when no such plug-in is installed, or the id is one of the product's own
     */
    public InstalledPlugin remove(String id, IProgressMonitor monitor) throws CoreException {
        IProfile profile = profile();
        InstalledPlugin plugin = list().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> new CoreException(Status.error(notInstalled(profile, id))));
        IPlanner planner = service(agent, IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        List<IInstallableUnit> roots = pluginRoots(profile).stream().filter(root -> root.getId().equals(id)).toList();
        roots.forEach(request::remove);
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        perform(planner, request, new URI[0], "Cannot remove " + id, progress.split(8));
        deleteUnusedArtifacts(profile, roots, progress.split(2));
        return plugin;
    }

    /**
     * Deletes the jars of the removed units from the product's bundle pool when no unit of the
     * profile uses them any more. p2's garbage collector would, but it only runs after a removal
     * when its service exists and the profile's preferences say so; this keeps {@code plugins/} exact.
     */
    private void deleteUnusedArtifacts(IProfile before, List<IInstallableUnit> removed, IProgressMonitor monitor)
            throws CoreException {
        IProfile after = profile();
        Set<IArtifactKey> used = new HashSet<>();
        after.query(QueryUtil.createIUAnyQuery(), null).forEach(unit -> used.addAll(unit.getArtifacts()));
        Set<IArtifactKey> unused = new LinkedHashSet<>();
        for (IInstallableUnit root : removed) {
            for (IInstallableUnit unit : bundlesOf(before, root)) {
                unit.getArtifacts().stream().filter(key -> !used.contains(key)).forEach(unused::add);
            }
        }
        String cache = after.getProperty(IProfile.PROP_CACHE);
        if (unused.isEmpty() || cache == null) {
            return;
        }
        IArtifactRepositoryManager artifacts = service(agent, IArtifactRepositoryManager.class);
        URI location = Path.of(cache).toUri();
        boolean known = artifacts.contains(location);
        try {
            IArtifactRepository pool = artifacts.loadRepository(location, monitor);
            pool.removeDescriptors(unused.toArray(IArtifactKey[]::new), monitor);
        } finally {
            if (!known) {
                artifacts.removeRepository(location);
            }
        }
    }

    private String notInstalled(IProfile profile, String id) {
        if (!profile.query(QueryUtil.createIUQuery(id), null).isEmpty()) {
            return "'" + id + "' is part of the product, not a plug-in installed with 'plugins install';"
                    + " it cannot be removed";
        }
        List<String> installed = new ArrayList<>();
        pluginRoots(profile).forEach(root -> installed.add(root.getId()));
        return "No plug-in '" + id + "' is installed" + (installed.isEmpty() ? "" : "; installed: "
                + String.join(", ", installed));
    }

    /** Plans the change against the product and carries it out; nothing is written when the plan fails. */
    private void perform(IPlanner planner, IProfileChangeRequest request, URI[] repositories, String failure,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        ProvisioningContext provisioning = new ProvisioningContext(agent);
        provisioning.setMetadataRepositories(repositories);
        provisioning.setArtifactRepositories(repositories);
        IProvisioningPlan plan = planner.getProvisioningPlan(request, provisioning, progress.split(4));
        IStatus planned = plan.getStatus();
        if (planned.getSeverity() == IStatus.ERROR || planned.getSeverity() == IStatus.CANCEL) {
            throw new CoreException(explained(failure, planned));
        }
        IStatus done = service(agent, IEngine.class).perform(plan, progress.split(6));
        if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
            throw new CoreException(explained(failure, done));
        }
    }

    /** p2 explains a failed plan in nested statuses; the messages of the leaves say what is missing. */
    private static IStatus explained(String failure, IStatus status) {
        Set<String> reasons = new LinkedHashSet<>();
        collectLeaves(status, reasons);
        MultiStatus explained = new MultiStatus(BUNDLE, 0, failure + ": " + String.join("; ", reasons),
                status.getException());
        explained.add(status);
        return explained;
    }

    private static void collectLeaves(IStatus status, Set<String> reasons) {
        if (status.getChildren().length == 0) {
            if (!status.getMessage().isBlank()) {
                reasons.add(status.getMessage().strip());
            }
            return;
        }
        for (IStatus child : status.getChildren()) {
            collectLeaves(child, reasons);
        }
    }

    /**
     * The plug-in jars a source names: the jar itself, or the jars of a folder that is no p2
     * repository; empty for a repository.
     */
    private static List<Path> pluginFiles(String source) throws IOException {
        if (isUrl(source)) {
            return List.of();
        }
        Path path = Path.of(source).toAbsolutePath().normalize();
        if (Files.isRegularFile(path)) {
            if (isZip(path)) {
                return List.of();
            }
            if (!path.getFileName().toString().endsWith(".jar")) {
                throw new IOException("it is no plug-in jar, zipped p2 repository, folder of plug-in jars or p2"
                        + " repository");
            }
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException("no such file or folder");
        }
        if (isRepository(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(
                    file)).sorted().toList();
            if (jars.isEmpty()) {
                throw new IOException("the folder holds no plug-in jar and is no p2 repository");
            }
            return jars;
        }
    }

    private static boolean isRepository(Path folder) {
        return Stream.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar",
                "compositeContent.xml", "p2.index").anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** A zip is a p2 repository as released (Tycho archives repositories so): p2 reads it through a jar: URI. */
    private static boolean isZip(Path file) {
        return file.getFileName().toString().endsWith(".zip");
    }

    private static URI repositoryOf(String source) {
        if (isUrl(source)) {
            return URI.create(source);
        }
        Path path = Path.of(source).toAbsolutePath().normalize();
        return isZip(path) ? URI.create("jar:" + path.toUri() + "!/") : path.toUri();
    }

    /** Whether the source is a URL (a scheme of two or more letters, so not C:\...) and no file of that name. */
    private static boolean isUrl(String source) {
        return source.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !Files.exists(Path.of(source));
    }

    /** Publishes the jars as a p2 repository (metadata and artifacts) in the folder, as the dropins folder would. */
    private void publish(List<Path> jars, Path folder, IProgressMonitor monitor) throws CoreException {
        IMetadataRepositoryManager metadata = service(agent, IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = service(agent, IArtifactRepositoryManager.class);
        URI location = folder.toUri();
        String name = "Plug-ins from " + jars.get(0).getParent();
        PublisherInfo info = new PublisherInfo();
        try {
            info.setMetadataRepository(metadata.createRepository(location, name,
                    IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of()));
            info.setArtifactRepository(artifacts.createRepository(location, name,
                    IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of()));
        } finally {
            metadata.removeRepository(location);
            artifacts.removeRepository(location);
        }
        info.setArtifactOptions(IPublisherInfo.A_INDEX | IPublisherInfo.A_PUBLISH);
        File[] files = jars.stream().map(Path::toFile).toArray(File[]::new);
        IStatus status = new Publisher(info).publish(new IPublisherAction[] { new BundlesAction(files) }, monitor);
        if (status.getSeverity() == IStatus.ERROR) {
            throw new CoreException(explained("Cannot read the plug-in jars " + jars, status));
        }
    }

    /**
     * The units to install from a repository: its categories' members, else its features, else its
     * bundles; none that the product has in that version already.
     */
    private static List<IInstallableUnit> installableRoots(IMetadataRepository repository, IProfile profile)
            throws CoreException {
        List<IInstallableUnit> candidates = new ArrayList<>();
        for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
            repository.query(QueryUtil.createIUCategoryMemberQuery(category), null).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            repository.query(QueryUtil.createIUGroupQuery(), null).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            repository.query(QueryUtil.createIUAnyQuery(), null).stream()
                    .filter(unit -> isBundle(unit) && !unit.getId().endsWith(".source")).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            throw new CoreException(Status.error("The p2 repository " + repository.getLocation()
                    + " offers no plug-in to install"));
        }
        List<IInstallableUnit> roots = candidates.stream().distinct()
                .filter(unit -> profile.query(QueryUtil.createIUQuery(unit), null).isEmpty())
                .sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
        if (roots.isEmpty()) {
            throw new CoreException(Status.error("Already installed: " + String.join(", ", candidates.stream()
                    .map(unit -> unit.getId() + " " + unit.getVersion()).distinct().toList())));
        }
        return roots;
    }

    private static boolean isBundle(IInstallableUnit unit) {
        for (IProvidedCapability capability : unit.getProvidedCapabilities()) {
            if (BUNDLE_NAMESPACE.equals(capability.getNamespace())) {
                return true;
            }
        }
        return false;
    }

    private static List<IInstallableUnit> pluginRoots(IProfile profile) {
        return profile.query(QueryUtil.createIUAnyQuery(), null).stream()
                .filter(unit -> Boolean.TRUE.toString().equals(profile.getInstallableUnitProperty(unit,
                        PLUGIN_PROPERTY)))
                .sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
    }

    /** The bundles a root unit brought: itself when it is one, else the bundles its requirements pick in the profile. */
    private static List<IInstallableUnit> bundlesOf(IProfile profile, IInstallableUnit root) {
        if (isBundle(root)) {
            return List.of(root);
        }
        List<IInstallableUnit> bundles = new ArrayList<>();
        for (IRequirement requirement : root.getRequirements()) {
            IQuery<IInstallableUnit> matches = QueryUtil.createMatchQuery(requirement.getMatches());
            profile.query(matches, null).stream().filter(PluginInstallation::isBundle)
                    .filter(unit -> !bundles.contains(unit)).forEach(bundles::add);
        }
        return bundles;
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.isBlank() || name.startsWith("%") ? unit.getId() : name;
    }

    private IProfile profile() throws CoreException {
        IProfile profile = profiles.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new CoreException(Status.error("This platform was not installed by p2 (no profile "
                    + "'eclipse.p2.profile' in its configuration), so plug-ins cannot be installed into it;"
                    + " run the product from its archive"));
        }
        return profile;
    }

    /**
     * Starts, for this run, the lazily activated bundles whose declarative services p2's Eclipse
     * touchpoint needs to write {@code bundles.info} (the framework manipulator): the service
     * component runtime registers a bundle's services only once it is started, and a product starts
     * them at launch only when told to, which would cost every command.
     */
    private static void startServiceBundles(BundleContext context) throws CoreException {
        for (Bundle bundle : context.getBundles()) {
            if (SERVICE_BUNDLES.contains(bundle.getSymbolicName()) && bundle.getState() == Bundle.RESOLVED) {
                try {
                    bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    throw new CoreException(Status.error("Cannot start " + bundle.getSymbolicName()
                            + ", which installing plug-ins needs: " + e.getMessage(), e));
                }
            }
        }
    }

    /** The agent of the running installation, which p2's core registers when the configuration names a p2 data area. */
    private static IProvisioningAgent currentAgent(BundleContext context) throws CoreException {
        try {
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
                IProvisioningAgent agent = context.getService(reference);
                if (agent != null) {
                    return agent;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new CoreException(Status.error("This platform has no p2 data area (eclipse.p2.data.area), so plug-ins"
                + " cannot be installed into it; run the product from its archive"));
    }

    private static <S> S service(IProvisioningAgent agent, Class<S> type) {
        S service = agent.getService(type);
        if (service == null) {
            throw new IllegalStateException("p2 offers no " + type.getSimpleName() + ": a p2 bundle is missing from"
                    + " the product");
        }
        return service;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
