-- Users of the console. A user may hold several roles (user_role).
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    last_login_at    DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every sign-in attempt, successful or not, with the address it came from.
CREATE TABLE sign_in_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    email          VARCHAR(254) NOT NULL,
    user_id        BIGINT       NULL,
    outcome        VARCHAR(32)  NOT NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_sign_in_event_time (occurred_at),
    INDEX ix_sign_in_event_user (user_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
