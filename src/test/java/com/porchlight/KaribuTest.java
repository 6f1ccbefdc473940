package com.porchlight;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.porchlight.security.NewUser;
import com.porchlight.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless UI tests against the real application context and the real (embedded) MariaDB. {@link #login} signs in
 * a real user from the database, with the roles stored there, so access rules are tested as users meet them.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
public abstract class KaribuTest {

    public static final String ADMIN = "admin@porchlight.demo";
    public static final String CMO = "cmo@porchlight.demo";
    public static final String COMPLIANCE = "compliance@porchlight.demo";
    public static final String MARKETER = "marketer@porchlight.demo";
    public static final String LOAN_OFFICER = "lo@porchlight.demo";

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    /** Passwords of the users tests sign in as: the demo accounts and every user made with {@link #createUser}. */
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>(Map.of(
            ADMIN, "porchlight-admin", CMO, "porchlight-cmo", COMPLIANCE, "porchlight-compliance",
            MARKETER, "porchlight-marketer", LOAN_OFFICER, "porchlight-lo"));

    @Autowired
    private UserService userService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes(scan(Route.class, Layout.class), scanErrorViews(), true);
        }
    }

    /** Every class in the application carrying one of the annotations, package-private views included. */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> scan(Class<?>... annotations) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        for (Class<?> annotation : annotations) {
            scanner.addIncludeFilter(new AnnotationTypeFilter((Class<? extends Annotation>) annotation));
        }
        Set<Class<? extends Component>> found = new HashSet<>();
        scanner.findCandidateComponents("com.porchlight").forEach(bean ->
                found.add((Class<? extends Component>) ClassUtils.resolveClassName(bean.getBeanClassName(), null)));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Set<Class<? extends HasErrorParameter<?>>> scanErrorViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends HasErrorParameter<?>>> found = new HashSet<>();
        scanner.findCandidateComponents("com.porchlight").forEach(bean -> found.add(
                (Class<? extends HasErrorParameter<?>>) ClassUtils.resolveClassName(bean.getBeanClassName(), null)));
        return found;
    }

    protected static Routes routes() {
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        // SecurityContextHolder's strategy is JVM-global and each application context installs its own (Vaadin's
        // session-aware one); the tests must use the one this context's method security reads.
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as the given user (as stored in the database) and opens the home page. */
    protected void login(String email) {
        Authentication auth = signIn(email);
        UserDetails user = (UserDetails) auth.getPrincipal();
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + role) || a.equals(role)));
        UI.getCurrent().navigate("");
    }

    /** Signs in as the given user for calls made outside any view (service tests). */
    protected void authenticateAs(String email) {
        Authentication auth = signIn(email);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /** Signs in through the real authentication manager, exactly as the login form does. */
    private Authentication signIn(String email) {
        String password = PASSWORDS.get(email);
        if (password == null) {
            throw new IllegalArgumentException("No known password for " + email + "; create the user with createUser");
        }
        try {
            return authenticationConfiguration.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (Exception e) {
            throw new IllegalStateException("Test sign-in as " + email + " failed", e);
        }
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Creates a user the way an administrator would and returns their (unique) email. */
    protected String createUser(String prefix, String name, String password, String... roles) {
        authenticateAs(ADMIN);
        String email = uniqueEmail(prefix);
        userService.create(new NewUser(email, name, Set.of(roles), password));
        PASSWORDS.put(email, password);
        logout();
        return email;
    }

    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.com";
    }
}
