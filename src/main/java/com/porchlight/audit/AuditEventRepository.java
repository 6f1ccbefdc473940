package com.porchlight.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where :filter = '' or lower(e.subject) like lower(concat('%', :filter, '%'))
               or lower(e.actor) like lower(concat('%', :filter, '%'))
               or lower(e.category) like lower(concat('%', :filter, '%'))""")
    Page<AuditEvent> search(@Param("filter") String filter, Pageable pageable);
}
