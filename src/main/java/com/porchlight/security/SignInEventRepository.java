package com.porchlight.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    @Query("select e from SignInEvent e where :email = '' or lower(e.email) like lower(concat('%', :email, '%'))")
    Page<SignInEvent> search(@Param("email") String email, Pageable pageable);

    long countByEmailIgnoreCaseAndOutcome(String email, SignInOutcome outcome);
}
