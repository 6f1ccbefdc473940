package com.porchlight.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    @Query("select u from UserAccount u join u.roles r where r = 'LOAN_OFFICER' and u.enabled = true"
            + " order by u.displayName")
    List<UserAccount> enabledLoanOfficers();

    @Query("""
            select u from UserAccount u
            where :filter = '' or lower(u.email) like lower(concat('%', :filter, '%'))
               or lower(u.displayName) like lower(concat('%', :filter, '%'))""")
    Page<UserAccount> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :filter = '' or lower(u.email) like lower(concat('%', :filter, '%'))
               or lower(u.displayName) like lower(concat('%', :filter, '%'))""")
    long countSearch(@Param("filter") String filter);

    /** Locks every enabled administrator row, so two admins cannot concurrently remove the last two admins. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u join u.roles r where r = 'ADMIN' and u.enabled = true")
    List<UserAccount> lockEnabledAdmins();

    /**
     * Counts a sign-in attempt before its password is compared, in one atomic statement, and refuses it (0 rows) when
     * the account is locked. Counting first means parallel guesses cannot slip past the limit; a successful sign-in
     * resets the count. The attempt that reaches the limit locks the account and restarts the count. MariaDB evaluates
     * SET assignments left to right, so {@code locked_until} is computed from the old count.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE app_user
               SET locked_until  = CASE WHEN failed_logins + 1 >= :limit THEN :lockUntil ELSE NULL END,
                   failed_logins = CASE WHEN failed_logins + 1 >= :limit THEN 0 ELSE failed_logins + 1 END
             WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)""", nativeQuery = true)
    int reserveSignInAttempt(@Param("id") long id, @Param("limit") int limit, @Param("now") Instant now,
            @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query(value = "UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = :at WHERE id = :id",
            nativeQuery = true)
    int recordSuccessfulLogin(@Param("id") long id, @Param("at") Instant at);
}
