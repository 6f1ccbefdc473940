package com.porchlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/** Security's third place: every public method of every public service says who may call it. */
class ServiceSecurityTest {

    @Test
    void every_public_service_method_declares_who_may_call_it() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unsecured = new ArrayList<>();
        int checked = 0;
        for (var bean : scanner.findCandidateComponents("com.porchlight")) {
            Class<?> type = ClassUtils.resolveClassName(bean.getBeanClassName(), null);
            if (!Modifier.isPublic(type.getModifiers())) {
                continue; // package-private services are not reachable from other modules or views
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    checked++;
                    if (!method.isAnnotationPresent(PreAuthorize.class)
                            && !type.isAnnotationPresent(PreAuthorize.class)) {
                        unsecured.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(unsecured).as("public service methods without @PreAuthorize").isEmpty();
    }
}
