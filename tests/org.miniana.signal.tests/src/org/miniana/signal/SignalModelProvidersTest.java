/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.core.SignalModel;

/** The extension registry with the built-in provider and this fragment's contributions (fragment.xml). */
class SignalModelProvidersTest {

    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        synchronized (logged) {
            logged.add(status);
        }
    };

    @BeforeEach
    void listenToTheLog() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    private List<String> loggedErrors() {
        synchronized (logged) {
            return logged.stream().filter(status -> status.getSeverity() == IStatus.ERROR).map(IStatus::getMessage)
                    .toList();
        }
    }

    @Test
    void listsWellFormedContributionsByIdWithoutCreatingThem() {
        SignalModelProviders providers = SignalModelProviders.fromPlatform();
        assertEquals(List.of("org.miniana.signal.fastsim", "org.miniana.signal.tests.broken",
                "org.miniana.signal.tests.example", "org.miniana.signal.tests.missing",
                "org.miniana.signal.tests.wrongtype"),
                providers.descriptors().stream().map(ProviderDescriptor::id).toList());
        ProviderDescriptor fastsim = providers.descriptors().get(0);
        assertEquals("Fast simulation (T1tttt, T1bbbb, T1qqqq)", fastsim.name());
        assertTrue(fastsim.description().contains("FAMILY:M_GLUINO:M_LSP"), fastsim::description);
        assertEquals("org.miniana.signal", fastsim.contributor());
        // the contribution without a class attribute is refused when read
        assertTrue(loggedErrors().stream().anyMatch(
                message -> message.contains("'org.miniana.signal.tests.noclass'") && message.contains("no class")),
                () -> "logged: " + loggedErrors());
        // listing creates nothing, so the broken constructor has not run yet
        assertFalse(loggedErrors().stream().anyMatch(message -> message.contains("tests.broken")));
    }

    @Test
    void usesTheThirdPartyProviderPastTheBrokenOne() throws CoreException {
        SignalModelProviders providers = SignalModelProviders.fromPlatform();
        Optional<SignalModelProvider> provider = providers.providerFor("example:mine");
        assertInstanceOf(ExampleSignalModelProvider.class, provider.orElseThrow());
        SignalModel model = providers.provide("example:mine", null);
        assertEquals("mine", model.name());
        assertEquals(160.0, model.totalYield());
        assertTrue(loggedErrors().stream().anyMatch(message -> message.contains("'org.miniana.signal.tests.broken'")
                && message.contains("BrokenSignalModelProvider cannot be created")), () -> "logged: " + loggedErrors());
        ProviderDescriptor broken = providers.descriptors().get(1);
        assertEquals(Optional.empty(), broken.provider());
    }

    @Test
    void skipsEveryContributionThatCannotBeCreated() {
        SignalModelProviders providers = SignalModelProviders.fromPlatform();
        CoreException error = assertThrows(CoreException.class, () -> providers.provide("nonsense", null));
        assertTrue(error.getMessage().startsWith("No signal model provider understands 'nonsense'"), error::getMessage);
        List<String> errors = loggedErrors();
        assertTrue(errors.stream().anyMatch(message -> message.contains("'org.miniana.signal.tests.missing'")
                && message.contains("NoSuchProvider cannot be created")), () -> "logged: " + errors);
        assertTrue(errors.stream().anyMatch(message -> message.contains("'org.miniana.signal.tests.wrongtype'")
                && message.contains("does not implement org.miniana.signal.SignalModelProvider")),
                () -> "logged: " + errors);
        // each broken contribution is logged once, however often it is met
        long before = loggedErrors().size();
        assertThrows(CoreException.class, () -> providers.provide("nonsense", null));
        assertEquals(before, loggedErrors().size());
    }

    @Test
    void providesFastSimulationModelsThroughTheRegistry() throws CoreException {
        SignalModelProviders providers = SignalModelProviders.fromPlatform();
        SignalModel model = providers.provide("T1bbbb:1500:100:events=3000:seed=9", null);
        assertEquals("T1bbbb_1500_100", model.name());
        assertTrue(model.provenance().contains("seed 9; 3000 events"), model::provenance);
        SignalModel given = providers.provide("T1qqqq:2500:100:xsec=0.0001:events=1000", null);
        assertEquals(0.0001, given.crossSectionPb());
        CoreException forbidden = assertThrows(CoreException.class,
                () -> providers.provide("T1tttt:1500:1200", null));
        assertTrue(forbidden.getMessage().startsWith("Cannot simulate 'T1tttt:1500:1200': T1tttt needs m_LSP <"),
                forbidden::getMessage);
        CoreException unknownOption = assertThrows(CoreException.class,
                () -> providers.provide("T1tttt:1500:100:evts=5", null));
        assertTrue(unknownOption.getMessage().contains("unknown option 'evts=5'"), unknownOption::getMessage);
    }
}
